package org.carenetwork.referral.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The steps of an accepted referral that matter to admissions (FHIR Task.businessStatus), in the
 * order they happen: a later one never goes back to an earlier one.
 */
@Schema(name = "ReferralBusinessStatus", description = "The admissions step of an accepted referral (FHIR "
        + "`Task.businessStatus`), in order: `CONTACTED` (admissions reached the person), `INTAKE_SCHEDULED` (with "
        + "`intakeAt`; may be set again to move the time), `ADMITTED` (with or after `IN_PROGRESS`). Never back to an "
        + "earlier step.")
public enum BusinessStatus {
    CONTACTED("Contacted"),
    INTAKE_SCHEDULED("Intake scheduled"),
    ADMITTED("Admitted");

    private final String display;

    BusinessStatus(String display) {
        this.display = display;
    }

    public String display() {
        return display;
    }
}
