package org.carenetwork.referral.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.carenetwork.referral.domain.ApiText;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PlanType;
import org.carenetwork.vocabulary.PreferredContact;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /referrals}. Consent is checked first (a missing or withheld consent is a
 * 422 naming {@code consent}: a Part 2 record cannot be disclosed without it); then every other
 * problem is reported at once (400, each field named).
 */
@Schema(name = "ReferralInput", description = "A referral of a person to a site for a level of care, with the person's "
        + "consent to disclose their record (42 CFR Part 2). Without `consent.given: true` it is refused (422 naming "
        + "`consent`); every other problem is reported at once (400, each field named).")
public record ReferralForm(
        @Schema(description = "The site, from facility-service's catalog (`GET /facilities`); it must exist (else 422 "
                + "naming `facilityId`) and run `levelOfCare` (else 422 naming `levelOfCare`).",
                example = "5f0c1a52-7c1e-4a8e-9b0e-000000000101")
        @NotNull UUID facilityId,
        @Schema(description = "The level of care the person is referred for.")
        @NotNull LevelOfCare levelOfCare,
        @Schema(description = "Why the person is referred, for the receiving clinicians (PHI: sealed at rest).",
                pattern = ApiText.NOT_BLANK, example = "Alcohol use disorder, discharged from the ED today; asks for an "
                + "evening IOP.")
        @NotBlank @Size(max = ApiText.REASON_MAX) String reason,
        @Schema(description = "The screening done with assessment-service (`POST /assessments`), if any: it travels with "
                + "the referral.")
        UUID assessmentId,
        @Schema(description = "The person's insurance, if any: the answer carries the network status for the site and "
                + "level (from insurance-service).")
        @Valid Insurance insurance,
        @NotNull @Valid Person person,
        @Valid Consent consent) {

    @Schema(name = "ReferralInsuranceInput", description = "The person's insurance, as on the card.")
    public record Insurance(
            @Schema(description = "The payer: insurance-service's id from `GET /payers` (`aetna`), or exactly one of its "
                    + "names or aliases. A payer insurance-service does not know gives the network status `UNKNOWN`.",
                    pattern = ApiText.NOT_BLANK, example = "aetna")
            @NotBlank @Size(max = ApiText.PAYER_MAX) String payer,
            @Schema(description = "The plan type on the card, when known.") PlanType planType,
            @Schema(description = "The member id as printed on the card: 3 to 20 letters and digits once spaces and dashes "
                    + "are dropped (they are). PHI: sealed at rest.", pattern = ApiText.MEMBER_ID_INPUT_PATTERN,
                    example = "W123456789")
            @NotBlank @Size(max = 40) @Pattern(regexp = ApiText.MEMBER_ID_INPUT_PATTERN,
                    message = "must be 3 to 20 letters and digits, as printed on the insurance card") String memberId) {
    }

    @Schema(name = "ReferralPersonInput", description = "The person referred (PHI: sealed at rest, never logged). A "
            + "phone or an email is required, and the one `preferredContact` needs.")
    public record Person(
            @Schema(pattern = ApiText.NOT_BLANK, example = "Jordan")
            @NotBlank @Size(max = ApiText.NAME_MAX) String firstName,
            @Schema(pattern = ApiText.NOT_BLANK, example = "Example")
            @NotBlank @Size(max = ApiText.NAME_MAX) String lastName,
            @Schema(description = "In the past, at most 120 years ago.", example = "1990-04-12")
            @NotNull @Past LocalDate dateOfBirth,
            @Schema(description = "A 10-digit US phone number, as people write it (`(419) 555-0123`, `+1 419 555 0123`). "
                    + "Required when `preferredContact` is `PHONE` or `TEXT`.", pattern = ApiText.PHONE_PATTERN,
                    example = "(419) 555-0100")
            @Size(max = 40) @Pattern(regexp = ApiText.PHONE, message = "must be a 10-digit US phone number, like (419) 555-0123")
            String phone,
            @Schema(description = "Required when `preferredContact` is `EMAIL`.", pattern = ApiText.EMAIL_PATTERN,
                    example = "jordan@example.com")
            @Size(max = 254) @Pattern(regexp = ApiText.EMAIL, message = "must be an email address, like name@example.com")
            String email,
            @Schema(description = "How the site should reach the person: `PHONE` and `TEXT` need `phone`, `EMAIL` needs `email`.")
            @NotNull PreferredContact preferredContact,
            @Schema(description = "The language the person prefers, as a BCP 47 tag (`en`, `es`, `ase` for American Sign "
                    + "Language).", pattern = ApiText.LANGUAGE_PATTERN, example = "es")
            @Size(max = 35) @Pattern(regexp = ApiText.LANGUAGE, message = "must be a language tag such as en, es or en-US")
            String preferredLanguage) {
    }

    @Schema(name = "ReferralConsentInput", description = "The person's written consent to disclose their record to the "
            + "site (42 CFR Part 2 §2.31): `given` must be true, with the text they agreed to, word for word, and when.")
    public record Consent(
            @Schema(description = "Must be true: without it the referral is refused (422 naming `consent`).", example = "true")
            Boolean given,
            @Schema(description = "The consent text the person agreed to, word for word (sealed at rest).",
                    pattern = ApiText.NOT_BLANK, example = "I consent to Addiction Helpline America disclosing my name, "
                    + "contact details and the reason for this referral to Midwest Recovery Center to arrange my treatment.")
            @NotBlank @Size(max = ApiText.CONSENT_TEXT_MAX) String text,
            @Schema(description = "When the person agreed, by the sender's clock: not in the future (10 minutes of clock "
                    + "skew allowed).", example = "2026-11-22T14:03:00Z")
            @NotNull Instant at) {
    }
}
