package org.carenetwork.referral.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.NetworkStatus;
import org.carenetwork.vocabulary.PlanType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The in-network answer for a referral's facility and level, from insurance-service. Optional to
 * the referral: when insurance-service is down, slow (past the 2 s timeout) or answers outside its
 * contract, the answer is {@code UNKNOWN} and the referral says insurance-service was degraded,
 * instead of failing.
 */
@ApplicationScoped
public class Network {

    public static final String SERVICE = "insurance-service";

    private static final Logger LOG = Logger.getLogger(Network.class);

    @RestClient
    InsuranceService insurance;

    /** The answer; {@code degraded} when insurance-service could not give one. */
    public record Answer(NetworkStatus status, String reason, LocalDate effectiveFrom, LocalDate effectiveTo,
                         boolean degraded) {
    }

    public Answer check(String payer, PlanType planType, UUID facilityId, LevelOfCare level) {
        try {
            NetworkCheck.Answer answer = insurance.check(new NetworkCheck.Question(payer, planType, List.of(facilityId), level));
            if (answer != null && answer.results() != null) {
                for (NetworkCheck.Result r : answer.results()) {
                    if (facilityId.equals(r.facilityId()) && level == r.levelOfCare() && r.status() != null) {
                        return new Answer(r.status(), r.reason(), r.effectiveFrom(), r.effectiveTo(), false);
                    }
                }
            }
            LOG.warn("insurance-service's network check answered without a result for the facility and level");
        } catch (RuntimeException e) {
            // Down, refusing, timed out, or an answer that does not read: never the caller's fault.
            LOG.warnf("insurance-service's network check failed: %s", e.getClass().getSimpleName());
        }
        return new Answer(NetworkStatus.UNKNOWN, "The network could not be checked: insurance-service did not answer "
                + "in time; admissions will check the coverage", null, null, true);
    }
}
