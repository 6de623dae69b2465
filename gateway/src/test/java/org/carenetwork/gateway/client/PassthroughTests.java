package org.carenetwork.gateway.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/**
 * What counts as "the backend could not answer" (503 with Retry-After, or a degraded care match)
 * rather than a gateway bug (500). deploy/faults/run.sh found the bare IOException: stopping
 * facility-service under load gave the calls in flight a 500.
 */
class PassthroughTests {

    @Test
    void connectionClosedUnderACallInFlight_isUnavailability() {
        assertTrue(Passthrough.isUnavailability(new IOException("Connection was closed")));
        assertTrue(Passthrough.isUnavailability(new ConnectException("Connection refused")));
        assertTrue(Passthrough.isUnavailability(new java.util.concurrent.TimeoutException()));
    }

    @Test
    void aBugInTheGateway_isNot() {
        assertFalse(Passthrough.isUnavailability(new IllegalStateException("unreadable facility search")));
        assertFalse(Passthrough.isUnavailability(new NullPointerException()));
    }

    @Test
    void unavailable_is503WithRetryAfter() {
        var problem = Passthrough.unavailable("facility service");
        assertTrue(problem.status() == 503 && "5".equals(problem.headers().get("Retry-After")));
    }
}
