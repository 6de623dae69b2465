package org.carenetwork.common.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Which of a resource method's typed query or path parameters a request's text does not convert
 * to (a number, a yes/no, a UUID, one of an enum's values), so the 404 JAX-RS gives for it can be
 * the 400 that names it.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static List<Problem.FieldError> unconvertible(ResourceInfo resource, HttpServerRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return errors;
        }
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query == null || parameter.getType() == String.class || java.util.Collection.class.isAssignableFrom(parameter.getType())) {
                continue;
            }
            String value = request.params().get(query.value());
            if (value != null && !converts(parameter.getType(), value)) {
                errors.add(new Problem.FieldError(query.value(), "'" + Enums.shown(value) + "' is not " + kind(parameter.getType())));
            }
        }
        if (errors.isEmpty()) {
            for (Parameter parameter : method.getParameters()) {
                if (parameter.isAnnotationPresent(PathParam.class) && parameter.getType() != String.class) {
                    errors.add(new Problem.FieldError(parameter.getAnnotation(PathParam.class).value(),
                            "is not " + kind(parameter.getType())));
                }
            }
        }
        return errors;
    }

    /** As JAX-RS converts: exactly the text sent, so {@code "5 "} is not a number here either. */
    private static boolean converts(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == double.class || type == Double.class) {
                return Double.isFinite(Double.parseDouble(value));
            } else if (type == boolean.class || type == Boolean.class) {
                return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            } else if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(value)) {
                        return true;
                    }
                }
                return false;
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String kind(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "a valid id (a UUID)";
        }
        if (type.isEnum()) {
            return "one of " + Enums.values(type);
        }
        return "of the type " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
