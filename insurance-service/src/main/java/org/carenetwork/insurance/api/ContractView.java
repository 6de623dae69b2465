package org.carenetwork.insurance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.carenetwork.insurance.domain.ApiText;
import org.carenetwork.insurance.domain.NetworkContract;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PlanType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NetworkContract", description = "A network contract: the payer and plan type a facility and level of "
        + "care are contracted for, between dates (both inclusive).")
public record ContractView(
        @Schema(required = true, description = "The contract's id, chosen by whoever created it.") UUID id,
        @Schema(required = true, maxLength = 64, pattern = ApiText.PAYER_ID_PATTERN, description = "The payer's id.",
                example = "aetna") String payer,
        @Schema(required = true) PlanType planType,
        @Schema(required = true) UUID facilityId,
        @Schema(required = true) LevelOfCare levelOfCare,
        @Schema(required = true, description = "The first day.", example = "2026-01-01") LocalDate effectiveFrom,
        @Schema(required = true, nullable = true, maxLength = 10, pattern = ApiText.DATE_PATTERN, description = "The last day; null: open-ended.",
                example = "2026-12-31") LocalDate effectiveTo,
        @Schema(required = true, description = "When it was last written.") Instant updatedAt,
        @Schema(required = true, maxLength = ApiText.SUBJECT_MAX, description = ApiText.SUBJECT,
                example = "admin@carenet.example") String updatedBy,
        @Schema(required = true, minimum = "0", maximum = "9223372036854775807",
                description = "Bumped on every replacement.") long version) {

    public static ContractView of(NetworkContract c) {
        return new ContractView(c.id, c.payerId, c.planType, c.facilityId, c.levelOfCare, c.effectiveFrom,
                c.effectiveTo, c.updatedAt, c.updatedBy, c.version);
    }
}
