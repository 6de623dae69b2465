package org.carenetwork.referral.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a referral was rejected, failed, cancelled or put on hold (FHIR Task.statusReason). */
@Schema(name = "ReferralReasonCode", description = "Why the referral was rejected, failed, cancelled or put on hold "
        + "(FHIR `Task.statusReason`); `note` says more. Required for `REJECTED`, `FAILED` and `CANCELLED`.")
public enum ReasonCode {
    NO_CAPACITY("No opening at the site"),
    LEVEL_OF_CARE_NOT_OFFERED("The site does not run the level of care"),
    NOT_CLINICALLY_APPROPRIATE("Not clinically appropriate for the site"),
    INSURANCE_NOT_ACCEPTED("Insurance not accepted"),
    UNABLE_TO_CONTACT("The person could not be reached"),
    PERSON_DECLINED("The person declined"),
    DID_NOT_ARRIVE("The person did not arrive"),
    REFERRED_ELSEWHERE("Referred elsewhere"),
    SENT_IN_ERROR("Sent in error"),
    DUPLICATE("A duplicate of another referral"),
    OTHER("Other (see the note)");

    private final String display;

    ReasonCode(String display) {
        this.display = display;
    }

    public String display() {
        return display;
    }
}
