package org.carenetwork.facility.rest;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.carenetwork.common.problem.Enums;
import org.carenetwork.common.problem.ProblemException;

/**
 * The one rule for a closed value in a query or path parameter of this service: it is taken exactly
 * as the OpenAPI document spells it (case-sensitive, nothing trimmed), so {@code levelOfCare=iop }
 * is a 400 naming the parameter and listing the values, as it is in the JSON bodies. The error
 * text is common-web's {@link Enums}; this only refuses what Enums would still take (another case,
 * spaces around), which a client that follows the document never sends.
 */
final class ExactValues {

    /** A ZIP code as every parameter and field of this service takes it: 5 digits, or ZIP+4. */
    static final String ZIP_PATTERN = "^[0-9]{5}(-[0-9]{4})?$";
    static final String ZIP_RULE = "must be a US ZIP code: 5 digits, or ZIP+4 (43604-1234)";

    private ExactValues() {
    }

    /** One value, spelled exactly as the type's constant; absent (null) is null. */
    static <E extends Enum<E>> E one(String field, String raw, Class<E> type) {
        if (raw == null) {
            return null;
        }
        E value = Enums.valueOf(raw, type);
        if (value == null) {
            throw ProblemException.badField(field, Enums.notOneOf(raw, type));
        }
        return value;
    }

    /** One value that must be there. */
    static <E extends Enum<E>> E required(String field, String raw, Class<E> type) {
        E value = one(field, raw, type);
        if (value == null) {
            throw ProblemException.badField(field, "is required: one of " + Enums.values(type));
        }
        return value;
    }

    /**
     * A repeatable parameter: repeated, or comma-separated ({@code IOP,PHP}), each value exact; at most
     * {@code max} values in all.
     */
    static <E extends Enum<E>> Set<E> all(String field, List<String> raw, Class<E> type, int max) {
        Set<E> values = EnumSet.noneOf(type);
        if (raw == null) {
            return values;
        }
        List<String> parts = raw.stream().flatMap(r -> Arrays.stream(r.split(",", -1))).toList();
        if (raw.size() > max || parts.size() > max) {
            throw ProblemException.badField(field, "at most " + max + " values");
        }
        parts.forEach(part -> values.add(one(field, part, type)));
        return values;
    }

    /** The 5-digit ZIP code of a ZIP or ZIP+4; null when absent. */
    static String zip(String field, String raw) {
        if (raw == null) {
            return null;
        }
        if (!raw.matches(ZIP_PATTERN)) {
            throw ProblemException.badField(field, ZIP_RULE);
        }
        return raw.substring(0, 5);
    }
}
