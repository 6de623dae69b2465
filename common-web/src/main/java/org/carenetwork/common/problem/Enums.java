package org.carenetwork.common.problem;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Closed values read from a request (query, path, header or body), with the one error text every
 * service gives for a value that is not one of them: {@code 'SPA' is not one of DETOX, INPATIENT, ...}.
 * JAX-RS would answer an unconvertible parameter with a bare 404; a caller needs a 400 naming the
 * parameter and the values it takes.
 *
 * <p>The one rule for every closed value, in a query, a path, a header or a body: exactly as the
 * OpenAPI document spells it (case-sensitive, not trimmed: {@code IOP}; {@code iop} and
 * {@code "IOP "} are refused with the values it takes). A generated client sends the document's
 * values; a hand-written one learns the rule from its first 400, the same on every endpoint.
 */
public final class Enums {

    private static final int SHOWN_CHARACTERS = 40;

    private Enums() {
    }

    /** One value, exactly as the document spells it; null or empty is absent (null). */
    public static <E extends Enum<E>> E parse(String field, String raw, Class<E> type) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        E value = valueOf(raw, type);
        if (value == null) {
            throw ProblemException.badField(field, notOneOf(raw, type));
        }
        return value;
    }

    /** The constant spelled exactly {@code raw}, or null. */
    public static <E extends Enum<E>> E valueOf(String raw, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return constant;
            }
        }
        return null;
    }

    /** One value that must be there. */
    public static <E extends Enum<E>> E required(String field, String raw, Class<E> type) {
        E value = parse(field, raw, type);
        if (value == null) {
            throw ProblemException.badField(field, "is required: one of " + values(type));
        }
        return value;
    }

    /** A repeatable parameter; a comma list ({@code ?levelOfCare=IOP,PHP}) reads like the repeated form. */
    public static <E extends Enum<E>> Set<E> parseAll(String field, List<String> raw, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (raw != null) {
            for (String r : raw) {
                for (String part : r.split(",")) {
                    E value = parse(field, part, type);
                    if (value != null) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    /** The message for a value that is not one of the type's. */
    public static String notOneOf(Object raw, Class<?> type) {
        return "'" + shown(String.valueOf(raw)) + "' is not one of " + values(type);
    }

    /** The type's values, as the API spells them: "DETOX, INPATIENT, ...". */
    public static String values(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    /** A caller's value as an error message quotes it: at most 40 characters. */
    public static String shown(String value) {
        String v = String.valueOf(value);
        return v.length() <= SHOWN_CHARACTERS ? v : v.substring(0, SHOWN_CHARACTERS) + "...";
    }
}
