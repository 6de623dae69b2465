package org.carenetwork.insurance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PlanType;

/** The body of {@code PUT /network-contracts/{id}}; {@code effectiveTo} absent = open-ended, both dates inclusive. */
public record ContractRequest(@NotBlank @Size(max = 64) String payer,
                              @NotNull PlanType planType,
                              @NotNull UUID facilityId,
                              @NotNull LevelOfCare levelOfCare,
                              @NotNull LocalDate effectiveFrom,
                              LocalDate effectiveTo) {
}
