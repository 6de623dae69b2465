package org.carenetwork.insurance.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.carenetwork.insurance.LevelOfCare;
import org.carenetwork.insurance.PlanType;

public record ContractView(UUID id, String payer, PlanType planType, UUID facilityId, LevelOfCare levelOfCare,
                           LocalDate effectiveFrom, LocalDate effectiveTo, Instant updatedAt, String updatedBy,
                           long version) {

    static ContractView of(NetworkContract c) {
        return new ContractView(c.id, c.payerId, c.planType, c.facilityId, c.levelOfCare, c.effectiveFrom,
                c.effectiveTo, c.updatedAt, c.updatedBy, c.version);
    }
}
