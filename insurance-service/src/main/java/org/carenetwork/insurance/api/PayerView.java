package org.carenetwork.insurance.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.carenetwork.insurance.domain.ApiText;
import org.carenetwork.insurance.domain.Payer;
import org.carenetwork.vocabulary.PlanType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A payer as the API shows it. Payers are reference data that change only with a migration; the
 * bounds here are checked against the whole list by the contract tests. The constraints on the
 * list elements only state their bounds in the schema: this record is never validated.
 */
@Schema(name = "Payer", description = "A payer the network knows.")
public record PayerView(
        @Schema(required = true, maxLength = 64, pattern = ApiText.PAYER_ID_PATTERN, description = "Our id for the "
                + "payer: what `payer` takes everywhere.", example = "aetna") String id,
        @Schema(required = true, maxLength = 200, description = "The payer's name.", example = "Aetna") String name,
        @Schema(required = true, maxItems = 20, description = "Other names people type or cards print (`BCBS`, `UHC`, "
                + "`Medicaid`...).") List<@Size(max = 200) String> aliases,
        @Schema(required = true, maxItems = 10, description = "The payer's electronic (claims) ids where public (Aetna "
                + "60054, Cigna 62308...); empty where they depend on the clearinghouse or the state plan.")
        List<@Size(max = 20) @Pattern(regexp = "^[A-Za-z0-9]+$") String> ediPayerIds,
        @Schema(required = true, minItems = 1, maxItems = 7, description = "The plan types the payer offers.")
        List<PlanType> planTypes) {

    public static PayerView of(Payer p) {
        return new PayerView(p.id, p.name, List.of(p.aliases), List.of(p.ediPayerIds), p.planTypeList());
    }
}
