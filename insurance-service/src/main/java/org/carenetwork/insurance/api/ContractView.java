package org.carenetwork.insurance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.carenetwork.insurance.domain.NetworkContract;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PlanType;

public record ContractView(UUID id, String payer, PlanType planType, UUID facilityId, LevelOfCare levelOfCare,
                           LocalDate effectiveFrom, LocalDate effectiveTo, Instant updatedAt, String updatedBy,
                           long version) {

    public static ContractView of(NetworkContract c) {
        return new ContractView(c.id, c.payerId, c.planType, c.facilityId, c.levelOfCare, c.effectiveFrom,
                c.effectiveTo, c.updatedAt, c.updatedBy, c.version);
    }
}
