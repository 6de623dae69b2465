package org.carenetwork.referral.api;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.carenetwork.referral.domain.ApiText;
import org.carenetwork.referral.domain.BusinessStatus;
import org.carenetwork.referral.domain.ReasonCode;
import org.carenetwork.referral.domain.ReferralStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PATCH /referrals/{id}}: a JSON merge patch of the workflow fields (absent fields do not change). */
@Schema(name = "ReferralChangeInput", description = "The next step: a new `status`, a new `businessStatus`, or both, "
        + "with `reasonCode` (required for `REJECTED`, `FAILED`, `CANCELLED`), `intakeAt` (required with "
        + "`INTAKE_SCHEDULED`) and a `note`. Fields left out do not change.")
public record ReferralPatch(
        @Schema(description = "The status to move to: one the workflow allows next (see `ReferralStatus`). The sender "
                + "may only send `CANCELLED`.", example = "ACCEPTED")
        ReferralStatus status,
        @Schema(description = "The admissions step to record (see `ReferralBusinessStatus`).", example = "INTAKE_SCHEDULED")
        BusinessStatus businessStatus,
        @Schema(description = "When the intake is: with `businessStatus` `INTAKE_SCHEDULED` only, within a year of now.",
                example = "2026-11-24T14:00:00Z")
        Instant intakeAt,
        @Schema(description = "Why: required for `REJECTED`, `FAILED` and `CANCELLED`, allowed with any change of status.")
        ReasonCode reasonCode,
        @Schema(description = "What was done or learned; kept with the change (sealed: it may name the person).",
                example = "Spoke with Jordan; intake Tuesday 9 am.")
        @Size(max = ApiText.NOTE_MAX) String note) {
}
