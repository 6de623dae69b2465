package org.carenetwork.insurance.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.common.problem.ProblemException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Whether a facility exists, by asking facility-service, which owns them. When it cannot answer
 * (down, slow, failing) a contract cannot be checked, so the write is refused with a 503 and a
 * Retry-After rather than stored unchecked.
 */
@ApplicationScoped
public class Facilities {

    private static final Logger LOG = Logger.getLogger(Facilities.class);

    @RestClient
    FacilityService facilityService;

    /** @throws ProblemException 422 naming {@code field} when there is no such facility, 503 when facility-service cannot say */
    public void requireExists(UUID id, String field) {
        int status;
        try (Response response = facilityService.facility(id)) {
            status = response.getStatus();
        } catch (WebApplicationException e) {
            status = e.getResponse().getStatus();
        } catch (ProcessingException e) {
            LOG.warnf("facility-service unreachable while checking a facility: %s", e.getMessage());
            throw unavailable();
        }
        if (status == 404) {
            throw ProblemException.unprocessable(field, "no facility " + id + " exists in the facility catalog");
        }
        if (status != 200) {
            LOG.warnf("facility-service answered %d while checking a facility", status);
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(503, "Service unavailable",
                "The facility catalog cannot be reached to check the facility; try again shortly",
                List.<Problem.FieldError>of(), Map.of("Retry-After", "10"));
    }
}
