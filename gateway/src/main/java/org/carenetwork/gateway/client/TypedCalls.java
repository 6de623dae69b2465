package org.carenetwork.gateway.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The gateway's own calls through the typed clients, guarded like the relay (one guard per
 * backend), with their failures sorted the one way: the service answered with an error status
 * ({@link Refused}, for the caller to decide about), did not answer ({@link BackendUnavailable}),
 * or answered outside its contract ({@link ContractViolations}: a body that does not read as the
 * generated model, or a status the contract does not give).
 */
@ApplicationScoped
public class TypedCalls {

    @Inject
    BackendGuards guards;

    @Inject
    ContractViolations violations;

    /** The service answered the typed call with an error status; {@code body} is its problem as sent. */
    public static final class Refused extends RuntimeException {
        private final Backend backend;
        private final int status;
        private final String body;

        Refused(Backend backend, int status, String body) {
            super(backend.key() + " answered " + status, null, false, false);
            this.backend = backend;
            this.status = status;
            this.body = body;
        }

        public Backend backend() {
            return backend;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }
    }

    public <T> Uni<T> call(Backend backend, String operationId, Supplier<CompletionStage<T>> call) {
        return guards.call(backend, false, () -> Uni.createFrom().completionStage(call))
                .onFailure().transform(e -> sorted(backend, operationId, e));
    }

    private Throwable sorted(Backend backend, String operationId, Throwable e) {
        if (e instanceof WebApplicationException refused && refused.getResponse() != null) {
            int status = refused.getResponse().getStatus();
            if (status == 503 || status == 504) {
                return BackendUnavailable.of(backend);
            }
            String body;
            try {
                body = refused.getResponse().hasEntity() ? refused.getResponse().readEntity(String.class) : "";
            } catch (RuntimeException unreadable) {
                body = "";
            }
            return new Refused(backend, status, body);
        }
        if (causedBy(e, JsonProcessingException.class)) {
            return violations.of(backend, operationId, rootMessage(e));
        }
        if (BackendUnavailable.isUnavailability(e)) {
            return BackendUnavailable.of(backend);
        }
        return e;
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return root.getClass().getSimpleName() + ": " + (message.length() > 300 ? message.substring(0, 300) : message);
    }
}
