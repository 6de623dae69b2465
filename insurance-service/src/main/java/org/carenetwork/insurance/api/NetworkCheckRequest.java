package org.carenetwork.insurance.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carenetwork.insurance.domain.ApiText;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PlanType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /network-checks}. {@code facilityIds} absent: every facility with a contract;
 * {@code levelOfCare} absent: every level; {@code planType} absent: any plan of the payer;
 * {@code asOf} absent: today.
 */
@Schema(name = "NetworkCheckInput", description = "Which payer (and plan type), which facilities and level, on which day.")
public record NetworkCheckRequest(
        @Schema(description = ApiText.PAYER_NAMED + " A payer we do not know is answered `UNKNOWN` for every facility.",
                pattern = ApiText.NOT_BLANK, example = "aetna")
        @NotBlank @Size(max = 100) String payer,
        @Schema(description = "The person's plan type; absent: a contract for any of the payer's plan types counts.")
        PlanType planType,
        // A UUID item schema by reference: the component is the bounded one.
        @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = MAX_FACILITIES,
                description = "The facilities to answer for (duplicates are answered once), at most "
                        + MAX_FACILITIES + "; absent: every facility that has any network contract "
                        + "(refused with 422 when more than " + MAX_FACILITIES + " have one).")
        @Size(max = MAX_FACILITIES) List<@NotNull UUID> facilityIds,
        @Schema(description = "The level of care; absent: all seven levels.") LevelOfCare levelOfCare,
        @Schema(description = "The day to answer for (contract dates are inclusive); absent: today in the network's "
                + "time zone (America/New_York).", example = "2026-11-22")
        LocalDate asOf) {

    /** How many facilities one check takes, and how many have a contract when none is named. */
    public static final int MAX_FACILITIES = 500;
    /** One result per facility and level. */
    public static final int MAX_RESULTS = MAX_FACILITIES * 7;
}
