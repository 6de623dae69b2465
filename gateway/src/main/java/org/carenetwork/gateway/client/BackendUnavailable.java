package org.carenetwork.gateway.client;

import java.util.List;
import java.util.Map;
import org.carenetwork.common.problem.ProblemException;

/**
 * The one way the gateway says "a part of the answer is not available": 503 problem+json with one
 * Retry-After policy, {@link #RETRY_AFTER_SECONDS}, the circuit breaker's delay (a backend that is
 * down is tried again after it, so asking sooner only gets the same answer).
 */
public final class BackendUnavailable {

    public static final int RETRY_AFTER_SECONDS = 5;

    private BackendUnavailable() {
    }

    public static ProblemException of(Backend backend) {
        return problem("The " + backend.spoken() + " is not available; try again shortly");
    }

    /** The care match's own budget ran out (a backend was too slow for it). */
    public static ProblemException outOfTime() {
        return problem("The care match could not be completed in time; try again shortly");
    }

    private static ProblemException problem(String detail) {
        return new ProblemException(503, "Service unavailable", detail, List.of(),
                Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)));
    }

    /**
     * Failures that mean the backend could not be reached or did not answer in time. An
     * IOException is one too: a backend that is shutting down closes the connection under a call
     * in flight ("Connection was closed"). A body that does not read as its schema is no outage.
     */
    public static boolean isUnavailability(Throwable e) {
        if (TypedCalls.causedBy(e, com.fasterxml.jackson.core.JsonProcessingException.class)) {
            return false; // an answer that does not read: a broken contract, not an outage
        }
        return e instanceof jakarta.ws.rs.ProcessingException
                || e instanceof org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException
                || e instanceof java.util.concurrent.TimeoutException || e instanceof java.io.IOException
                || e instanceof io.vertx.core.VertxException;
    }
}
