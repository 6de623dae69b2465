package org.carenetwork.referral.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.vocabulary.LevelOfCare;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Whether a referral's facility exists and runs its level of care, by asking facility-service,
 * which owns them. When it cannot answer (down, slow, failing) a referral cannot be checked, so it
 * is refused with a 503 and a Retry-After rather than stored unchecked: the sender retries (with
 * the same Idempotency-Key) and no referral goes to a site that does not exist.
 */
@ApplicationScoped
public class Facilities {

    /** Seconds a sender should wait before retrying, as the gateway says for a backend that is down. */
    static final String RETRY_AFTER = "5";

    private static final Logger LOG = Logger.getLogger(Facilities.class);

    @RestClient
    FacilityService facilityService;

    /** The facility's id and name. */
    public record FacilityRef(UUID id, String name) {
    }

    /**
     * @throws ProblemException 422 naming {@code facilityId} when there is no such facility, or
     *                          {@code levelOfCare} when it does not run that level; 503 when
     *                          facility-service cannot say
     */
    public FacilityRef requireLevel(UUID id, LevelOfCare level) {
        FacilityAnswer facility;
        try (Response response = facilityService.facility(id)) {
            int status = response.getStatus();
            if (status == 404) {
                throw ProblemException.unprocessable("facilityId", "no facility " + id + " exists in the facility catalog");
            }
            if (status != 200) {
                LOG.warnf("facility-service answered %d while checking a referral's facility", status);
                throw unavailable();
            }
            facility = response.readEntity(FacilityAnswer.class);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw ProblemException.unprocessable("facilityId", "no facility " + id + " exists in the facility catalog");
            }
            LOG.warnf("facility-service answered %d while checking a referral's facility", e.getResponse().getStatus());
            throw unavailable();
        } catch (ProcessingException e) {
            LOG.warnf("facility-service unreachable while checking a referral's facility: %s", e.getMessage());
            throw unavailable();
        }
        if (facility == null || facility.name() == null) {
            LOG.warn("facility-service answered without a facility name");
            throw unavailable();
        }
        if (!facility.levels().contains(level)) {
            throw ProblemException.unprocessable("levelOfCare", "facility " + id + " does not run " + level
                    + (facility.levels().isEmpty() ? "; it lists no programs" : "; it runs " + facility.levels()));
        }
        return new FacilityRef(id, facility.name());
    }

    private static ProblemException unavailable() {
        return new ProblemException(503, "Service unavailable",
                "The facility catalog cannot be reached to check the facility; try again shortly (with the same "
                        + "Idempotency-Key)", List.<Problem.FieldError>of(), Map.of("Retry-After", RETRY_AFTER));
    }
}
