package org.carenetwork.insurance.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.NetworkStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer for one facility and level: the status, a reason a person can read, and the contract's dates when one is relevant. */
@Schema(name = "NetworkResult", description = "The network answer for one facility and level of care, from the "
        + "network's own contract list: the status, why, and the dates of the contract that decides it.")
public record NetworkResult(
        @Schema(required = true, description = "The facility.") UUID facilityId,
        @Schema(required = true) LevelOfCare levelOfCare,
        @Schema(required = true, description = "`IN_NETWORK`: a contract for the payer (and plan type) covers the "
                + "facility and level on the day; `OUT_OF_NETWORK`: the payer is known, the network has contracts on file "
                + "for the facility, but none of this payer (and plan type) covers that day; `UNKNOWN`: the payer is not "
                + "recognised, the plan type is not one the payer offers, or the network has no contract data for the "
                + "facility (no payer's contract on file, as for an imported directory listing).")
        NetworkStatus status,
        // The longest reason names an unrecognised payer as typed (100 characters) or a payer's name (200).
        @Schema(required = true, maxLength = 300, description = "Why, for a person to read.",
                example = "In network: contracted with Aetna PPO for IOP from 2026-01-01 with no end date")
        String reason,
        @Schema(required = true, nullable = true, maxLength = 10, pattern = ApiText.DATE_PATTERN, description = "`IN_NETWORK`: the contract's first day. "
                + "`OUT_OF_NETWORK`: the next contract's first day when one starts later, else the last ended one's, "
                + "else null. `UNKNOWN`: null.", example = "2026-01-01")
        LocalDate effectiveFrom,
        @Schema(required = true, nullable = true, maxLength = 10, pattern = ApiText.DATE_PATTERN, description = "The same contract's last day "
                + "(inclusive); null when it is open-ended or there is no such contract.", example = "2026-12-31")
        LocalDate effectiveTo) {
}
