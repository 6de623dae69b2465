package org.carenetwork.common.problem;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Closed values read from a request (query, path, header or body), with the one error text every
 * service gives for a value that is not one of them: {@code 'SPA' is not one of DETOX, INPATIENT, ...}.
 * JAX-RS would answer an unconvertible parameter with a bare 404; a caller needs a 400 naming the
 * parameter and the values it takes.
 */
public final class Enums {

    private static final int SHOWN_CHARACTERS = 40;

    private Enums() {
    }

    /** One value, case-insensitive; null or blank is absent (null). */
    public static <E extends Enum<E>> E parse(String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(field, notOneOf(raw, type));
        }
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
