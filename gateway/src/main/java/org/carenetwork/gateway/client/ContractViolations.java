package org.carenetwork.gateway.client;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carenetwork.common.problem.ProblemException;
import org.jboss.logging.Logger;

/**
 * A backend answered, but not as its contract says (an unexpected status, a body that does not
 * read as the documented schema): a broken contract, not an outage, so it never turns into a
 * "degraded" answer. Logged and counted ({@code gateway_backend_contract_violations_total}, by
 * backend and operation), and the caller gets a 502 that names the service, never its words.
 */
@ApplicationScoped
public class ContractViolations {

    private static final Logger LOG = Logger.getLogger(ContractViolations.class);
    public static final String METRIC = "gateway.backend.contract.violations";

    @Inject
    MeterRegistry registry;

    public ProblemException of(Backend backend, String operationId, String what) {
        LOG.errorf("%s answered %s outside its contract: %s", backend.key(), operationId, what);
        registry.counter(METRIC, "backend", backend.key(), "operation", operationId).increment();
        return new ProblemException(502, "Bad gateway", "The " + backend.spoken() + " gave an answer outside its "
                + "contract; quote the request id to support");
    }
}
