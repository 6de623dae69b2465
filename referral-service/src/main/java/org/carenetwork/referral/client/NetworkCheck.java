package org.carenetwork.referral.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.NetworkStatus;
import org.carenetwork.vocabulary.PlanType;

/** The shapes of insurance-service's {@code POST /network-checks} this service sends and reads. */
public final class NetworkCheck {

    private NetworkCheck() {
    }

    /** {@code NetworkCheckInput}: one facility and level. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(String payer, PlanType planType, List<UUID> facilityIds, LevelOfCare levelOfCare) {
    }

    /** {@code NetworkCheckResult}: the results, one per facility and level. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(String payer, List<Result> results) {
    }

    /** {@code NetworkResult}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(UUID facilityId, LevelOfCare levelOfCare, NetworkStatus status, String reason,
                         LocalDate effectiveFrom, LocalDate effectiveTo) {
    }
}
