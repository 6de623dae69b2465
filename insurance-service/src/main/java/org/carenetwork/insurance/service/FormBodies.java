package org.carenetwork.insurance.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carenetwork.common.problem.Enums;
import org.carenetwork.common.problem.Problem.FieldError;
import org.carenetwork.common.problem.ProblemException;

/**
 * Reads a JSON body into a record one field at a time, so that every field that cannot be read
 * (a wrong type, a date that is not one, a name the record does not have) is reported at once,
 * beside what Bean Validation finds afterwards: Jackson binding the whole record stops at the
 * first. Each field is still read by the service's own mapper, so its strict rules (StrictJson)
 * hold. A message says what is expected and never repeats a value (a date may be a date of
 * birth); only an enum's value, which is no one's data, is quoted.
 */
public final class FormBodies {

    /**
     * @param value   the record, with null where a field was absent, null or unreadable
     * @param errors  one per unreadable or unknown field
     * @param present the paths of the fields the body had, null ones included
     */
    public record Read<T>(T value, List<FieldError> errors, Set<String> present) {
    }

    private FormBodies() {
    }

    /** @throws ProblemException 400 naming {@code body} when there is no body or it is not a JSON object */
    public static <T extends Record> Read<T> read(ObjectMapper json, JsonNode body, Class<T> type, String what) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw ProblemException.badField("body", "is required: " + what + " as JSON");
        }
        if (!body.isObject()) {
            throw ProblemException.badField("body", "must be a JSON object: " + what);
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> present = new HashSet<>();
        T value = record(json, body, type, "", errors, present);
        return new Read<>(value, errors, present);
    }

    private static <T> T record(ObjectMapper json, JsonNode node, Class<T> type, String prefix, List<FieldError> errors,
                                Set<String> present) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> names = new HashSet<>();
        Arrays.stream(components).forEach(c -> names.add(c.getName()));
        node.fieldNames().forEachRemaining(name -> {
            if (!names.contains(name)) {
                errors.add(new FieldError(prefix + Enums.shown(name), "is not a known field"));
            }
        });
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String path = prefix + c.getName();
            JsonNode v = node.get(c.getName());
            if (v == null) {
                continue;
            }
            present.add(path);
            if (v.isNull()) {
                continue;
            }
            if (c.getType().isRecord()) {
                if (v.isObject()) {
                    values[i] = record(json, v, c.getType(), path + ".", errors, present);
                } else {
                    errors.add(new FieldError(path, "must be an object"));
                }
                continue;
            }
            try {
                values[i] = json.readerFor(json.constructType(c.getGenericType())).readValue(v);
            } catch (IOException | IllegalArgumentException e) {
                errors.add(new FieldError(path, expected(c.getType(), v)));
            }
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** What a field of this type takes, for a person to fix the value. */
    static String expected(Class<?> type, JsonNode value) {
        if (type == LocalDate.class) {
            return "must be a date as YYYY-MM-DD (a real calendar day, four-digit year)";
        }
        if (type == Instant.class) {
            return "must be a date and time as ISO-8601 with its offset, like 2026-11-22T14:03:00Z";
        }
        if (type == UUID.class) {
            return "must be an id (a UUID, like 5f0c1a52-7c1e-4a8e-9b0e-000000000101)";
        }
        if (type.isEnum()) {
            return value.isTextual() ? Enums.notOneOf(value.asText(), type) : "must be one of " + Enums.values(type);
        }
        if (type == Boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == Long.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type == String.class) {
            return "must be text";
        }
        return "has the wrong type or shape";
    }
}
