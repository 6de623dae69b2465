package org.carenetwork.insurance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.carenetwork.insurance.domain.ApiText;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PlanType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /network-contracts/{id}}; {@code effectiveTo} absent = open-ended, both dates inclusive. */
@Schema(name = "NetworkContractInput", description = "A network contract: payer × plan type × facility × level of care, "
        + "between dates (both inclusive).")
public record ContractRequest(
        @Schema(description = ApiText.PAYER_NAMED + " It must be a payer we know (else 422).", pattern = ApiText.NOT_BLANK,
                example = "aetna")
        @NotBlank @Size(max = 64) String payer,
        @Schema(description = "A plan type the payer offers (else 422).") @NotNull PlanType planType,
        @Schema(description = "A facility of facility-service's catalog (else 422).") @NotNull UUID facilityId,
        @NotNull LevelOfCare levelOfCare,
        @Schema(description = "The contract's first day.", example = "2026-01-01") @NotNull LocalDate effectiveFrom,
        @Schema(description = "The contract's last day, not before `effectiveFrom` (else 422); absent: open-ended.",
                example = "2026-12-31")
        LocalDate effectiveTo) {
}
