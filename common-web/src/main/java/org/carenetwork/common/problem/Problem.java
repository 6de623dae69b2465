package org.carenetwork.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An RFC 9457 problem detail. {@code errors} names each field at fault for validation failures;
 * {@code requestId} lets a caller quote the request to support.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      String requestId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The most field errors one problem lists: 10,000 wrong values in a list name the first few and count the rest. */
    public static final int MAX_ERRORS = 20;

    /** Where every problem type URI starts: one stable URI per kind of problem, whatever the deployment. */
    public static final String TYPE_ROOT = "https://carenet.example/problems/";

    /**
     * The stable {@code type} of a problem of this status: {@code https://carenet.example/problems/invalid-request}
     * for every 400, and so on. A caller can branch on it; docs/api-v1.md lists them.
     */
    public static String typeOf(int status) {
        return TYPE_ROOT + switch (status) {
            case 400 -> "invalid-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 428 -> "precondition-required";
            case 429 -> "rate-limited";
            case 502 -> "bad-gateway";
            case 503 -> "unavailable";
            case 504 -> "gateway-timeout";
            default -> status >= 500 ? "internal-error" : "client-error";
        };
    }

    /** The errors a problem lists: the first {@link #MAX_ERRORS}. */
    public static List<FieldError> listed(List<FieldError> errors) {
        return errors.size() > MAX_ERRORS ? List.copyOf(errors.subList(0, MAX_ERRORS)) : errors;
    }

    /** "field: message; field: message", for the listed errors, then how many more there were. */
    public static String detailOf(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return "Invalid request";
        }
        String listed = listed(errors).stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return errors.size() > MAX_ERRORS ? listed + "; and " + (errors.size() - MAX_ERRORS) + " more" : listed;
    }

    public record FieldError(String field, String message) {
    }
}
