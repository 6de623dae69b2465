package org.carenetwork.insurance;

import java.util.Arrays;
import java.util.Locale;
import org.carenetwork.common.problem.ProblemException;

/**
 * Enum query parameters parsed by hand: JAX-RS answers a value it cannot convert with a bare 404,
 * where a caller needs a 400 naming the parameter and the allowed values.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(name, "has an invalid value (allowed: "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")");
        }
    }
}
