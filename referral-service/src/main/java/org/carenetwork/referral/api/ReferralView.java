package org.carenetwork.referral.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.carenetwork.referral.domain.ApiText;
import org.carenetwork.referral.domain.BusinessStatus;
import org.carenetwork.referral.domain.Part2Notice;
import org.carenetwork.referral.domain.Phi;
import org.carenetwork.referral.domain.ReasonCode;
import org.carenetwork.referral.domain.Referral;
import org.carenetwork.referral.domain.ReferralChange;
import org.carenetwork.referral.domain.ReferralStatus;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.NetworkStatus;
import org.carenetwork.vocabulary.PlanType;
import org.carenetwork.vocabulary.PreferredContact;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A referral as its sender and the admissions team see it, the person's record included (every
 * reader of a referral may see it: the sender sent it, ADMISSIONS and CALL_CENTER work it), always
 * with the 42 CFR §2.32 notice. Every time one is built from the database it is audited.
 */
@Schema(name = "Referral", description = "A referral with the person's record. " + ApiText.PHI)
public record ReferralView(
        @Schema(required = true, description = "The referral's id.") UUID id,
        @Schema(required = true) ReferralStatus status,
        @Schema(required = true, nullable = true, maxLength = ApiText.BUSINESS_STATUS_MAX, pattern = ApiText.ENUM_NAME,
                description = "The admissions step (see `ReferralBusinessStatus`); null until admissions takes one.")
        BusinessStatus businessStatus,
        @Schema(required = true, nullable = true, maxLength = ApiText.INSTANT_MAX, format = "date-time",
                description = "When the intake is scheduled (with `INTAKE_SCHEDULED`, kept after it); null before.")
        Instant intakeAt,
        @Schema(required = true, nullable = true, maxLength = ApiText.REASON_CODE_MAX, pattern = ApiText.ENUM_NAME,
                description = "Why the status last changed, when a reason was given (always for `REJECTED`, `FAILED`, "
                        + "`CANCELLED`); null otherwise.")
        ReasonCode reasonCode,
        @Schema(required = true) FacilityRef facility,
        @Schema(required = true) LevelOfCare levelOfCare,
        @Schema(required = true, nullable = true, maxLength = ApiText.UUID_MAX, pattern = ApiText.UUID_PATTERN,
                description = "The screening sent with it; null when none was.")
        UUID assessmentId,
        @Schema(required = true, maxLength = ApiText.REASON_MAX, description = "Why the person is referred (PHI).")
        String reason,
        @Schema(required = true, nullable = true, description = "The insurance as sent; null when none was.")
        Insurance insurance,
        @Schema(required = true, nullable = true, description = "The network status of the site and level for the "
                + "insurance, as of when the referral was sent (stored with it); null when no insurance was given.")
        Network network,
        @Schema(required = true, maxItems = 1, description = "The services that could not be asked when the referral was "
                + "sent: `insurance-service` when the network could not be checked (then `network.status` is "
                + "`UNKNOWN`); empty when every answer was had.")
        List<@jakarta.validation.constraints.Pattern(regexp = "^insurance-service$")
                @jakarta.validation.constraints.Size(max = 17) String> degraded,
        @Schema(required = true, maxLength = ApiText.SUBJECT_MAX, description = "Who sent it. " + ApiText.SUBJECT,
                example = "partner-helpline") String sender,
        @Schema(required = true) Person person,
        @Schema(required = true) Consent consent,
        @Schema(required = true, maxLength = Part2Notice.MAX, description = "The notice 42 CFR §2.32 requires with every "
                + "disclosure of the person's record, word for word.")
        String part2Notice,
        @Schema(required = true, description = "When it was sent.") Instant createdAt,
        @Schema(required = true, description = "When it last changed.") Instant updatedAt,
        @Schema(required = true, nullable = true, maxLength = ApiText.INSTANT_MAX, format = "date-time",
                description = "When it was closed (`REJECTED`, `COMPLETED`, `FAILED` or `CANCELLED`); null while open.")
        Instant closedAt,
        @Schema(maxItems = Referral.MAX_HISTORY, description = "Every change, oldest first, the sending included; only on "
                + "single-referral answers (`POST`, `GET` and `PATCH`), not in lists.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<Change> history,
        @Schema(required = true, minimum = "0", maximum = "9223372036854775807", description = "Bumped on every change.")
        long version) {

    @Schema(name = "ReferralFacility", description = "The site, as facility-service named it when the referral was sent.")
    public record FacilityRef(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = ApiText.FACILITY_NAME_MAX, example = "Midwest Recovery Center") String name) {
    }

    @Schema(name = "ReferralInsurance", description = "The person's insurance.")
    public record Insurance(
            @Schema(required = true, maxLength = ApiText.PAYER_MAX, description = "The payer as sent (trimmed).",
                    example = "aetna") String payer,
            @Schema(required = true, nullable = true, maxLength = ApiText.PLAN_TYPE_MAX, pattern = ApiText.ENUM_NAME,
                    description = "The plan type; null when none was given.") PlanType planType,
            @Schema(required = true, maxLength = 20, pattern = "^[A-Z0-9]{3,20}$", description = "The member id (PHI), "
                    + "upper case, without the spaces and dashes of the card.", example = "W123456789") String memberId) {
    }

    @Schema(name = "ReferralNetwork", description = "The network answer for the site and level of care (insurance-"
            + "service's network check), or `UNKNOWN` with why when it could not be had.")
    public record Network(
            @Schema(required = true) NetworkStatus status,
            @Schema(required = true, maxLength = 300, description = "Why, for a person to read.",
                    example = "In network: contracted with Aetna PPO for IOP from 2026-01-01 with no end date")
            String reason,
            @Schema(required = true, nullable = true, maxLength = 10, pattern = ApiText.DATE_PATTERN,
                    description = "The deciding contract's first day; null when none.") LocalDate effectiveFrom,
            @Schema(required = true, nullable = true, maxLength = 10, pattern = ApiText.DATE_PATTERN,
                    description = "Its last day; null when open-ended or none.") LocalDate effectiveTo) {
    }

    @Schema(name = "ReferralPerson", description = "The person referred (PHI).")
    public record Person(
            @Schema(required = true, maxLength = ApiText.NAME_MAX) String firstName,
            @Schema(required = true, maxLength = ApiText.NAME_MAX) String lastName,
            @Schema(required = true, example = "1990-04-12") LocalDate dateOfBirth,
            @Schema(required = true, nullable = true, maxLength = 40, description = "As sent; null when none was.")
            String phone,
            @Schema(required = true, nullable = true, maxLength = 254, description = "As sent; null when none was.")
            String email,
            @Schema(required = true) PreferredContact preferredContact,
            @Schema(required = true, nullable = true, maxLength = 35, pattern = ApiText.LANGUAGE_PATTERN,
                    description = "A BCP 47 tag; null when none was given.") String preferredLanguage) {
    }

    @Schema(name = "ReferralConsent", description = "The consent as recorded with the referral.")
    public record Consent(
            @Schema(required = true, description = "Always true: a referral is never stored without it.") boolean given,
            @Schema(required = true, maxLength = ApiText.CONSENT_TEXT_MAX, description = "The text the person agreed to, "
                    + "word for word.") String text,
            @Schema(required = true, description = "When the person agreed, by the sender's clock.") Instant at,
            @Schema(required = true, description = "When the service stored the consent.") Instant recordedAt) {
    }

    @Schema(name = "ReferralChange", description = "One change of a referral: when, by whom, from which status to "
            + "which, the business status after it, and the note (PHI: notes may name the person).")
    public record Change(
            @Schema(required = true) Instant at,
            @Schema(required = true, maxLength = ApiText.SUBJECT_MAX, description = ApiText.SUBJECT,
                    example = "admissions@carenet.example") String by,
            @Schema(required = true, nullable = true, maxLength = ApiText.REFERRAL_STATUS_MAX, pattern = ApiText.ENUM_NAME,
                    description = "The status before; null for the first entry (the referral sent).") ReferralStatus from,
            @Schema(required = true, description = "The status after (the same as `from` for a change of the business "
                    + "status alone).") ReferralStatus to,
            @Schema(required = true, nullable = true, maxLength = ApiText.BUSINESS_STATUS_MAX, pattern = ApiText.ENUM_NAME,
                    description = "The business status after the change; null while there is none.")
            BusinessStatus businessStatus,
            @Schema(required = true, nullable = true, maxLength = ApiText.INSTANT_MAX, format = "date-time",
                    description = "The intake time after the change; null while there is none.") Instant intakeAt,
            @Schema(required = true, nullable = true, maxLength = ApiText.REASON_CODE_MAX, pattern = ApiText.ENUM_NAME,
                    description = "The reason given with the change; null when none was.") ReasonCode reasonCode,
            @Schema(required = true, nullable = true, maxLength = ApiText.NOTE_MAX, description = "The note given with "
                    + "the change (trimmed); null when none was.") String note) {
    }

    public static ReferralView of(Referral r, Phi phi, boolean withHistory) {
        List<Change> history = withHistory
                ? r.history.stream().map(c -> change(c, phi)).toList()
                : null;
        Insurance insurance = r.payer == null ? null
                : new Insurance(r.payer, r.planType, phi.open(Referral.MEMBER_ID, r.memberId));
        Network network = r.networkStatus == null ? null
                : new Network(r.networkStatus, r.networkReason, r.networkEffectiveFrom, r.networkEffectiveTo);
        Person person = new Person(phi.open(Referral.FIRST_NAME, r.firstName), phi.open(Referral.LAST_NAME, r.lastName),
                LocalDate.parse(phi.open(Referral.DATE_OF_BIRTH, r.dateOfBirth)), phi.open(Referral.PHONE, r.phone),
                phi.open(Referral.EMAIL, r.email), r.preferredContact,
                phi.open(Referral.PREFERRED_LANGUAGE, r.preferredLanguage));
        Consent consent = new Consent(true, phi.open(Referral.CONSENT_TEXT, r.consentText), r.consentGivenAt,
                r.consentRecordedAt);
        return new ReferralView(r.id, r.status, r.businessStatus, r.intakeAt, r.reasonCode,
                new FacilityRef(r.facilityId, r.facilityName), r.levelOfCare, r.assessmentId,
                phi.open(Referral.REASON, r.reason), insurance, network,
                r.degraded == null ? List.of() : Arrays.asList(r.degraded), r.sender, person, consent, Part2Notice.TEXT,
                r.createdAt, r.updatedAt, r.closedAt, history, r.version);
    }

    private static Change change(ReferralChange c, Phi phi) {
        return new Change(c.changedAt, c.changedBy, c.fromStatus, c.toStatus, c.businessStatus, c.intakeAt, c.reasonCode,
                phi.open(ReferralChange.NOTE, c.note));
    }
}
