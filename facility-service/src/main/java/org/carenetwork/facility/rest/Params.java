package org.carenetwork.facility.rest;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.carenetwork.common.problem.ProblemException;

/** Query and path values parsed into closed types, failing with a 400 that names the parameter and the allowed values. */
final class Params {

    private Params() {
    }

    static <E extends Enum<E>> E one(String name, String raw, Class<E> type) {
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.badField(name, "'" + abbreviate(raw) + "' is not one of " + allowed(type));
        }
    }

    static <E extends Enum<E>> Set<E> many(String name, List<String> raw, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (raw != null) {
            for (String r : raw) {
                // A comma list is accepted too: ?levelOfCare=IOP,PHP reads like the repeated form.
                for (String part : r.split(",")) {
                    if (!part.isBlank()) {
                        values.add(one(name, part, type));
                    }
                }
            }
        }
        return values;
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    static String abbreviate(String value) {
        String v = String.valueOf(value);
        return v.length() <= 40 ? v : v.substring(0, 40) + "...";
    }
}
