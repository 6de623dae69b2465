package org.carenetwork.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * An {@code Idempotency-Key} header that is there but empty (or sent twice) is a 400, like any key
 * that breaks the format: a resource's {@code @HeaderParam} sees an empty header as no header, and
 * the request would then run without the protection its sender asked for.
 */
@Provider
public class IdempotencyKeys implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> values = request.getHeaders().get(Idempotency.KEY_HEADER);
        if (values == null || values.isEmpty()) {
            return;
        }
        if (values.size() > 1) {
            throw org.carenetwork.common.problem.ProblemException.badField(Idempotency.KEY_HEADER, "must be sent once");
        }
        Idempotency.key(values.get(0) == null ? "" : values.get(0));
    }
}
