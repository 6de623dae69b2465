package org.carenetwork.insurance.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.carenetwork.insurance.domain.ApiText;
import org.carenetwork.insurance.domain.SubscriberRelationship;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PlanType;
import org.carenetwork.vocabulary.PreferredContact;
import org.carenetwork.vocabulary.SeekingCareFor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The "check your insurance in minutes" form. The annotations catch what is wrong on its own;
 * {@link FormRules} adds the rules that depend on other fields (contact preference, payer-specific
 * member ids) so a person gets every problem at once. The patterns in the schema are the form
 * rules' own, loosened only where a blank field counts as absent.
 */
@Schema(name = "CoverageRequestInput", description = "The website's \"check your insurance\" form (or the call "
        + "center's screen): a verification-of-benefits request that the admissions team works by phone. Every problem "
        + "is reported at once (400, each field named), a value of the wrong type or format included; a date that "
        + "cannot be read is named with the format expected, never repeated. A field the form does not have is "
        + "refused (400 naming it).")
public record CoverageRequestForm(
        @NotNull SeekingCareFor seekingCareFor,
        @Schema(description = "The patient's first name.", pattern = ApiText.NOT_BLANK, example = "Jordan")
        @NotBlank @Size(max = 100) String firstName,
        @Schema(description = "The patient's last name.", pattern = ApiText.NOT_BLANK, example = "Example")
        @NotBlank @Size(max = 100) String lastName,
        @Schema(description = "The patient's date of birth: in the past, at most 120 years ago.", example = "1990-04-12")
        @NotNull @Past LocalDate dateOfBirth,
        @Schema(description = "A 10-digit US (NANP) phone number, as people write it (`(419) 555-0123`, `419.555.0123`, "
                + "`+1 419 555 0123`): area code and exchange each start with 2-9, and the area code is not an N11 "
                + "service code. Stored and shown in E.164 (`+14195550123`). Required when `preferredContact` is "
                + "`PHONE` or `TEXT`; either `phone` or `email` is required. Blank counts as absent.",
                pattern = ApiText.PHONE_PATTERN, example = "(419) 555-0123")
        @Size(max = 40) String phone,
        @Schema(description = "An email address. Required when `preferredContact` is `EMAIL`; either `phone` or "
                + "`email` is required. Blank counts as absent.", pattern = ApiText.EMAIL_PATTERN,
                example = "jordan@example.com")
        @Size(max = 254) String email,
        @Schema(description = "How admissions should reach the person: `PHONE` and `TEXT` need `phone`, `EMAIL` needs `email`.")
        @NotNull PreferredContact preferredContact,
        @Schema(description = ApiText.PAYER_NAMED + " A payer not on our list is accepted as typed (a family with an "
                + "unusual plan can still ask); its network answer is `UNKNOWN`.", pattern = ApiText.NOT_BLANK,
                example = "aetna")
        @NotBlank @Size(max = 100) String payer,
        @Schema(description = "The plan type on the card, when known.") PlanType planType,
        @Schema(description = "The member id as printed on the card: 3 to 20 letters and digits once spaces and dashes "
                + "are dropped (they are). Where the payer's format is public it is checked too: Blue Cross Blue Shield "
                + "and Anthem ids are the 3-character prefix and the number, 17 characters at most; Ohio Medicaid ids "
                + "are 12 digits.", pattern = ApiText.MEMBER_ID_PATTERN, example = "W123456789")
        @NotBlank @Size(max = 40) String memberId,
        @Schema(description = "The group number on the card, when there is one: letters, digits, spaces or dashes. "
                + "Blank counts as absent.", pattern = "^[A-Za-z0-9 -]*$", example = "0012345")
        @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9 -]*", message = "must be letters, digits, spaces or dashes, as on the card")
        String groupNumber,
        @Schema(description = "The patient's relationship to the policy holder.")
        @NotNull SubscriberRelationship subscriberRelationship,
        @Schema(description = "The facility the person asks about, if any. With `levelOfCare`, the receipt carries the "
                + "network answer for it.")
        UUID facilityId,
        @Schema(description = "The level of care the person asks about, if any. With `facilityId`, the receipt carries "
                + "the network answer for it.")
        LevelOfCare levelOfCare,
        @NotNull @Valid Consent consent,
        @Schema(description = "The policy holder (subscriber) when the patient is not: required when "
                + "`subscriberRelationship` is `SPOUSE`, `CHILD` or `OTHER` (admissions verifies benefits under the "
                + "subscriber's name and date of birth), and refused when it is `SELF` (the patient is the policy holder).")
        @Valid PolicyHolder policyHolder,
        @Schema(description = "The assessment the person took before asking, if any (`POST /assessments`), so "
                + "admissions can read it beside the request. Stored as given: insurance-service does not look it up "
                + "(staff follow it to `GET /assessments/{id}` under their own role).",
                example = "3c1d6f0e-2b7a-4e59-9d41-8a6b5c4d3e2f")
        UUID assessmentId) {

    /** The subscriber of the plan when the patient is not (PHI, sealed like the patient's fields). */
    @Schema(name = "PolicyHolder", description = "The policy holder (subscriber) of the plan, when the patient is not: "
            + "name and date of birth as the payer knows them.")
    public record PolicyHolder(
            @Schema(required = true, maxLength = 100, pattern = ApiText.NOT_BLANK, description = "The policy holder's "
                    + "first name (PHI).", example = "Alex")
            @NotBlank @Size(max = 100) String firstName,
            @Schema(required = true, maxLength = 100, pattern = ApiText.NOT_BLANK, description = "The policy holder's "
                    + "last name (PHI).", example = "Example")
            @NotBlank @Size(max = 100) String lastName,
            @Schema(required = true, description = "The policy holder's date of birth (PHI), `YYYY-MM-DD`: in the past, "
                    + "at most 120 years ago.", example = "1965-09-30")
            @NotNull @Past LocalDate dateOfBirth) {
    }

    /** What the person agreed to, word for word, and when (their device's clock). */
    @Schema(name = "CoverageConsent", description = "The person's consent to be contacted about their benefits: what "
            + "they agreed to, word for word, and when. The request cannot be sent without it.")
    public record Consent(@Schema(description = "Must be true.", example = "true")
                          @NotNull @AssertTrue(message = "must be true: the request cannot be sent without consent") Boolean agreed,
                          @Schema(description = "The consent text the person agreed to, word for word.",
                                  pattern = ApiText.NOT_BLANK,
                                  example = "I agree that the admissions team may contact me about my insurance benefits.")
                          @NotBlank @Size(max = 10000) String text,
                          @Schema(description = "When the person agreed, by their device's clock: not in the future "
                                  + "(10 minutes of clock skew allowed).", example = "2026-11-22T14:03:00Z")
                          @NotNull Instant agreedAt) {
    }
}
