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
@Schema(name = "CoverageRequestInput", description = "The website's \"check your insurance\" form: a verification-of-"
        + "benefits request that the admissions team works by phone. Every problem is reported at once (400, each "
        + "field named).")
public record CoverageRequestForm(
        @NotNull SeekingCareFor seekingCareFor,
        @Schema(description = "The patient's first name.", pattern = ApiText.NOT_BLANK, example = "Jordan")
        @NotBlank @Size(max = 100) String firstName,
        @Schema(description = "The patient's last name.", pattern = ApiText.NOT_BLANK, example = "Example")
        @NotBlank @Size(max = 100) String lastName,
        @Schema(description = "The patient's date of birth: in the past, at most 120 years ago.", example = "1990-04-12")
        @NotNull @Past LocalDate dateOfBirth,
        @Schema(description = "A 10-digit US phone number, as people write it (`(419) 555-0123`, `419.555.0123`, "
                + "`+1 419 555 0123`). Required when `preferredContact` is `PHONE` or `TEXT`; either `phone` or `email` "
                + "is required. Blank counts as absent.", pattern = ApiText.PHONE_PATTERN, example = "(419) 555-0123")
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
        @NotNull @Valid Consent consent) {

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
