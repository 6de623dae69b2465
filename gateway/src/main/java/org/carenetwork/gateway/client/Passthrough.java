package org.carenetwork.gateway.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.carenetwork.common.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * Relays a backend's answer to the caller as bytes, without re-serialising it. A backend that
 * cannot be reached is a 503 with Retry-After; a backend's own server error becomes a generic
 * 502, so no backend error text reaches the caller.
 */
public final class Passthrough {

    private static final Logger LOG = Logger.getLogger(Passthrough.class);
    private static final List<String> RELAYED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG,
            HttpHeaders.CACHE_CONTROL, HttpHeaders.LOCATION, HttpHeaders.LAST_MODIFIED, "Retry-After", HttpHeaders.VARY);

    private Passthrough() {
    }

    public static Response relay(String backend, Supplier<Response> call) {
        Response upstream;
        try {
            upstream = call.get();
        } catch (ProcessingException e) {
            LOG.warnf("%s unreachable: %s", backend, e.getMessage());
            throw unavailable(backend);
        }
        try {
            int status = upstream.getStatus();
            if (status >= 500) {
                LOG.warnf("%s answered %d", backend, status);
                if (status == 503) {
                    throw unavailable(backend);
                }
                throw new ProblemException(502, "Bad gateway", "The " + backend + " failed to answer; try again");
            }
            Response.ResponseBuilder out = Response.status(status);
            for (String name : RELAYED_HEADERS) {
                String value = upstream.getHeaderString(name);
                if (value != null) {
                    out.header(name, value);
                }
            }
            if (upstream.hasEntity()) {
                out.entity(upstream.readEntity(byte[].class));
            }
            return out.build();
        } finally {
            upstream.close();
        }
    }

    public static ProblemException unavailable(String backend) {
        return new ProblemException(503, "Service unavailable", "The " + backend + " is not available; try again shortly",
                List.of(), Map.of("Retry-After", "5"));
    }
}
