package org.carenetwork.gateway.client;

import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every call to a backend, relayed or typed, goes through that backend's guard: a timeout
 * ({@code GATEWAY_BACKEND_TIMEOUT_MS}, 2 s), a circuit breaker (opens at 50 % failures over 20
 * calls, tries again after {@link BackendUnavailable#RETRY_AFTER_SECONDS} s) and a bulkhead (256
 * at once, 512 waiting). Only failures to answer count against the breaker; a service's 4xx or
 * 5xx is an answer. An operation whose body is a file (the directory import) has its own guard
 * with the long timeout, so a 50 MB import does not trip the breaker of the searches.
 */
@ApplicationScoped
public class BackendGuards {

    private final Map<Backend, Guard> guards = new EnumMap<>(Backend.class);
    private final Map<Backend, Guard> fileGuards = new EnumMap<>(Backend.class);

    BackendGuards(@ConfigProperty(name = "gateway.backend.timeout", defaultValue = "2000") long timeoutMillis,
                  @ConfigProperty(name = "gateway.backend.file-timeout", defaultValue = "120000") long fileTimeoutMillis) {
        for (Backend backend : Backend.values()) {
            guards.put(backend, Guard.create().withDescription(backend.key())
                    .withTimeout().duration(timeoutMillis, ChronoUnit.MILLIS).done()
                    .withCircuitBreaker().requestVolumeThreshold(20).failureRatio(0.5)
                    .delay(BackendUnavailable.RETRY_AFTER_SECONDS, ChronoUnit.SECONDS).successThreshold(2)
                    .name(backend.key()).when(BackendUnavailable::isUnavailability).done()
                    .withBulkhead().limit(256).queueSize(512).done()
                    .build());
            fileGuards.put(backend, Guard.create().withDescription(backend.key() + " files")
                    .withTimeout().duration(fileTimeoutMillis, ChronoUnit.MILLIS).done()
                    .withBulkhead().limit(4).queueSize(8).done()
                    .build());
        }
    }

    /** The call, guarded; its failures to answer stay as they are (see {@link BackendUnavailable#isUnavailability}). */
    public <T> Uni<T> call(Backend backend, boolean carriesFile, Supplier<Uni<T>> call) {
        Guard guard = (carriesFile ? fileGuards : guards).get(backend);
        return guard.get(call, new TypeLiteral<Uni<T>>() { });
    }
}
