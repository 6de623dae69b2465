package org.carenetwork.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.carenetwork.common.web.RequestIds;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where every error of a service becomes RFC 9457 problem+json. Client mistakes
 * get a 4xx naming the field at fault; a database that cannot be reached (restart, failover, a
 * pool waiting too long) is a 503 with Retry-After, since the same call will work again; anything
 * unexpected is a 500 whose body says nothing of the cause (the cause goes to the log, with the
 * request id, never to the caller).
 */
public class ProblemMappers {

    /** The most characters of the path a problem's {@code instance} repeats (the contract's bound is 2000). */
    static final int MAX_INSTANCE = 1000;

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ObjectMapper json;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Response.ResponseBuilder builder = build(e.status(), e.title(), e.getMessage(), e.errors(), request);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, HttpServerRequest request) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> kinds(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (returnValue) {
            return unexpected(e, request);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return build(400, "Invalid request", Problem.detailOf(errors), Problem.listed(errors), request).build();
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        return jsonProblem(e, request);
    }

    /** Named explicitly: Quarkus has its own mapper for this subtype, which would otherwise win. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return jsonProblem(e, request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return build(403, "Forbidden", "Your role does not allow this operation", List.of(), request).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request, ResourceInfo resource) {
        JsonProcessingException jsonCause = causeOf(e, JsonProcessingException.class);
        if (jsonCause != null) {
            return jsonProblem(jsonCause, request);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers a query or path parameter it cannot convert (?size=abc) with a bare 404:
            // the route is there, the value is wrong; name the parameter.
            List<Problem.FieldError> errors = QueryParameters.unconvertible(resource, request);
            if (!errors.isEmpty()) {
                return build(400, "Invalid request", Problem.detailOf(errors), errors, request).build();
            }
        }
        if (status >= 500) {
            return unexpected(e, request);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 404 -> "No resource at " + request.path();
            case 405 -> "Method " + request.method() + " is not allowed on " + request.path();
            case 406 -> "The requested media type is not available";
            case 415 -> "Unsupported media type: send application/json";
            default -> title;
        };
        Response.ResponseBuilder builder = build(status, title, detail, List.of(), request);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response any(Throwable e, HttpServerRequest request) {
        if (isStaleWrite(e)) {
            return build(409, "Conflict", "The record was changed by someone else; reload it and try again",
                    List.of(), request).build();
        }
        SQLException unreachable = databaseUnavailable(e);
        if (unreachable != null) {
            // The driver's and the pool's messages here name hosts and states, never row values.
            LOG.warnf("Database unavailable on %s %s: %s (SQLState %s)", request.method(), request.path(),
                    unreachable.getMessage(), unreachable.getSQLState());
            return build(503, "Service unavailable", "The database is not available; try again shortly", List.of(),
                    request).header("Retry-After", "5").build();
        }
        SQLException sql = causeOf(e, SQLException.class);
        if (sql != null && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.equals("23505")) {
                return build(409, "Conflict", "A record with the same identity already exists", List.of(), request).build();
            }
            if (state.startsWith("23")) {
                return build(422, "Rule violated", "The data breaks a rule of the catalog: " + constraintOf(sql),
                        List.of(), request).build();
            }
            if (state.startsWith("22")) {
                // Data exceptions come from values as sent: a NUL character, which PostgreSQL text
                // cannot hold, or a number or text too large for its column.
                return build(400, "Invalid request", "A value in the request cannot be stored or searched for as given",
                        List.of(), request).build();
            }
        }
        JsonProcessingException jsonCause = causeOf(e, JsonProcessingException.class);
        if (jsonCause != null) {
            return jsonProblem(jsonCause, request);
        }
        return unexpected(e, request);
    }

    private Response unexpected(Throwable e, HttpServerRequest request) {
        LOG.errorf(e, "Unexpected error on %s %s", request.method(), request.path());
        return build(500, "Internal error", "The request could not be completed; quote the request id to support",
                List.of(), request).build();
    }

    private Response unauthenticated(HttpServerRequest request) {
        return build(401, "Unauthorized", "Valid credentials are required", List.of(), request)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private Response jsonProblem(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof JsonParseException) {
            return build(400, "Malformed JSON", "The body is not valid JSON", List.of(), request).build();
        }
        String field = e instanceof JsonMappingException m ? pathOf(m) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            field = field.isEmpty() ? u.getPropertyName() : field;
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException f) {
            message = f.getTargetType() != null && f.getTargetType().isEnum()
                    ? Enums.notOneOf(f.getValue(), f.getTargetType())
                    : f.getTargetType() != null && Temporal.class.isAssignableFrom(f.getTargetType())
                    // The format expected, never the value: a date may be a date of birth.
                    ? (f.getTargetType() == LocalDate.class ? "must be a date as YYYY-MM-DD"
                            : "must be a date and time as ISO-8601, like 2026-11-22T14:03:00Z")
                    : "has an invalid value '" + Enums.shown(String.valueOf(f.getValue())) + "'";
        } else {
            message = "has the wrong type or shape";
        }
        if (field.isEmpty()) {
            return build(400, "Invalid request", "The body does not have the expected shape", List.of(), request).build();
        }
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(field, message));
        return build(400, "Invalid request", Problem.detailOf(errors), errors, request).build();
    }

    private Response.ResponseBuilder build(int status, String title, String detail, List<Problem.FieldError> errors,
                                           HttpServerRequest request) {
        String requestId = request.getHeader(RequestIds.HEADER);
        // The path as called, cut to what a problem says it holds: a 4 KiB path is no reference.
        String instance = request.path().length() <= MAX_INSTANCE ? request.path()
                : request.path().substring(0, MAX_INSTANCE - 3) + "...";
        Problem problem = new Problem("about:blank", title, status, detail, instance, requestId, errors);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException impossible) {
            body = "{\"title\":\"Internal error\",\"status\":500}";
        }
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    static String fieldOf(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    // A list element's own node is named "<list element>": its index is enough.
                    String name = node.getKind() == ElementKind.CONTAINER_ELEMENT ? null : node.getName();
                    if (node.getIndex() != null && !names.isEmpty()) {
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                    }
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
        }
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return parameter != null ? parameter : "body";
    }

    private static List<ElementKind> kinds(Path path) {
        List<ElementKind> kinds = new ArrayList<>();
        path.forEach(n -> kinds.add(n.getKind()));
        return kinds;
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static boolean isStaleWrite(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("jakarta.persistence.OptimisticLockException")
                    || name.equals("org.hibernate.StaleObjectStateException")
                    || name.equals("org.hibernate.StaleStateException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * The SQLException that says the database cannot be used right now, or null: connection
     * failures (SQLState class 08), the server shutting down or starting (57P01-57P03), too many
     * connections (53300), or the pool giving up waiting for a connection (Agroal's acquisition
     * timeout, an SQLException caused by a TimeoutException).
     */
    static SQLException databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
                    return sql;
                }
                if (sql.getCause() instanceof TimeoutException) {
                    return sql;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String constraintOf(SQLException sql) {
        String message = String.valueOf(sql.getMessage());
        int i = message.indexOf("constraint \"");
        if (i >= 0) {
            int end = message.indexOf('"', i + 12);
            if (end > i) {
                return message.substring(i + 12, end);
            }
        }
        return "a database constraint";
    }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return (T) t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

}
