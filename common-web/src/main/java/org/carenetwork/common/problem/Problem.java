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
