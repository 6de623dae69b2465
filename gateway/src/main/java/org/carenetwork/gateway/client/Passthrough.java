package org.carenetwork.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.carenetwork.common.problem.ProblemException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

/**
 * Relays a backend's answer to the caller as bytes, without re-serialising it. A backend that
 * cannot answer (down, timed out, circuit open, saturated) is a 503 with Retry-After; a
 * backend's own server error becomes a generic 502, so no backend error text reaches the caller.
 */
public final class Passthrough {

    private static final Logger LOG = Logger.getLogger(Passthrough.class);
    private static final List<String> RELAYED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG,
            HttpHeaders.CACHE_CONTROL, HttpHeaders.LOCATION, HttpHeaders.LAST_MODIFIED, "Retry-After", HttpHeaders.VARY,
            "Idempotent-Replayed");

    private Passthrough() {
    }

    public static Uni<Response> relay(String backend, Supplier<Uni<Response>> call) {
        return Uni.createFrom().<Response>deferred(call::get)
                .onFailure(Passthrough::isUnavailability).transform(e -> {
                    LOG.warnf("%s did not answer: %s", backend, e.toString());
                    return unavailable(backend);
                })
                .map(upstream -> toCaller(backend, upstream));
    }

    /**
     * Failures that mean the backend could not be reached or did not answer in time. An
     * IOException is one too: a backend that is shutting down closes the connection under a call
     * in flight, and the REST client reports that as a bare IOException ("Connection was closed").
     */
    public static boolean isUnavailability(Throwable e) {
        return e instanceof ProcessingException || e instanceof FaultToleranceException
                || e instanceof java.util.concurrent.TimeoutException || e instanceof java.io.IOException
                || e instanceof io.vertx.core.VertxException;
    }

    private static Response toCaller(String backend, Response upstream) {
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
