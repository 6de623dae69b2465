package org.carenetwork.insurance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PlanType;

/**
 * {@code POST /network-checks}. {@code facilityIds} absent: every facility with a contract;
 * {@code levelOfCare} absent: every level; {@code planType} absent: any plan of the payer;
 * {@code asOf} absent: today.
 */
public record NetworkCheckRequest(@NotBlank @Size(max = 100) String payer,
                                  PlanType planType,
                                  @Size(max = 500) List<@NotNull UUID> facilityIds,
                                  LevelOfCare levelOfCare,
                                  LocalDate asOf) {
}
