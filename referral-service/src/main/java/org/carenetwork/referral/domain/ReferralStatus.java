package org.carenetwork.referral.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a referral is, as FHIR R4 Task.status has it (the SDOH Clinical Care referral Task: no
 * "received"). {@link ReferralWorkflow} says which step may follow which.
 */
@Schema(name = "ReferralStatus", description = "The referral's status, as FHIR R4 `Task.status` (the code in lower "
        + "case with `-` for `_` in the FHIR view): `REQUESTED → ACCEPTED | REJECTED`, `ACCEPTED → IN_PROGRESS → "
        + "COMPLETED`; `ON_HOLD` from `ACCEPTED` or `IN_PROGRESS` and back; `FAILED` from `ACCEPTED`, `IN_PROGRESS` or "
        + "`ON_HOLD`; `CANCELLED` by the sender before the work is in progress. `REJECTED`, `COMPLETED`, `FAILED` and "
        + "`CANCELLED` close the referral.")
public enum ReferralStatus {
    REQUESTED("requested"),
    ACCEPTED("accepted"),
    REJECTED("rejected"),
    IN_PROGRESS("in-progress"),
    ON_HOLD("on-hold"),
    COMPLETED("completed"),
    FAILED("failed"),
    CANCELLED("cancelled");

    private final String fhirCode;

    ReferralStatus(String fhirCode) {
        this.fhirCode = fhirCode;
    }

    /** The FHIR R4 Task.status code (http://hl7.org/fhir/task-status). */
    public String fhirCode() {
        return fhirCode;
    }

    /** A closed referral changes no more (and starts its retention period). */
    public boolean closed() {
        return this == REJECTED || this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
