package org.carenetwork.insurance.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carenetwork.insurance.domain.ApiText;
import org.carenetwork.insurance.domain.CoverageRequest;
import org.carenetwork.insurance.domain.CoverageStatus;
import org.carenetwork.insurance.domain.NetworkResult;
import org.carenetwork.insurance.domain.Phi;
import org.carenetwork.insurance.domain.Phones;
import org.carenetwork.insurance.domain.StatusChange;
import org.carenetwork.insurance.domain.SubscriberRelationship;
import org.carenetwork.vocabulary.IntakeChannel;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PlanType;
import org.carenetwork.vocabulary.PreferredContact;
import org.carenetwork.vocabulary.SeekingCareFor;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API shapes of coverage requests. */
public final class CoverageRequestViews {

    /**
     * The longest history a request can have: its receipt and one step per workflow stage
     * (RECEIVED → IN_REVIEW → a verdict → CONTACTED); repeats are refused. CoverageStatusTests
     * keeps it equal to the workflow's longest path.
     */
    public static final int MAX_HISTORY = 4;

    private CoverageRequestViews() {
    }

    /**
     * What the anonymous submitter gets back: no PHI (they typed it; echoing it would only widen
     * where it travels), the status, and the network answer when a facility and level were given.
     */
    @Schema(name = "CoverageRequestReceipt", description = "The submitter's receipt. It repeats none of the personal "
            + "details sent (echoing them would only widen where they travel).")
    public record Receipt(
            @Schema(required = true, description = "The request's id.") UUID id,
            @Schema(required = true, description = "`RECEIVED` for a new request; a replay (the same `Idempotency-Key` "
                    + "and body) shows the request's status now.") CoverageStatus status,
            @Schema(required = true, type = SchemaType.STRING, format = "date-time", maxLength = 24,
                    pattern = ApiText.INSTANT_PATTERN, description = "When the request was stored; " + ApiText.INSTANT)
            @JsonFormat(pattern = ApiText.INSTANT_FORMAT, timezone = "UTC") Instant receivedAt,
            @Schema(required = true, maxLength = 100, description = "The payer: our id when the form named a payer we "
                    + "know, else the payer as typed (trimmed).", example = "aetna") String payer,
            @Schema(required = true, nullable = true, maxLength = ApiText.PLAN_TYPE_MAX, pattern = ApiText.ENUM_NAME,
                    description = "The plan type, as the form gave it.") PlanType planType,
            @Schema(required = true, nullable = true, maxLength = ApiText.UUID_MAX, pattern = ApiText.UUID_PATTERN,
                    description = "The facility, as the form gave it.") UUID facilityId,
            @Schema(required = true, nullable = true, maxLength = ApiText.LEVEL_OF_CARE_MAX, pattern = ApiText.ENUM_NAME,
                    description = "The level of care, as the form gave it.") LevelOfCare levelOfCare,
            @Schema(required = true, nullable = true, description = "The network answer for the facility and level as of "
                    + "the day of submission (stored with the request); null unless the form gave both.")
            NetworkResult network) {

        public static Receipt of(CoverageRequest r) {
            return new Receipt(r.id, r.status, r.receivedAt, r.payer, r.planType, r.facilityId, r.levelOfCare, r.network());
        }
    }

    /** The full request for ADMISSIONS and CALL_CENTER; every time one is built from the database it is audited. */
    @Schema(name = "CoverageRequest", description = "A coverage request as the admissions team works it, personal "
            + "details included. " + ApiText.PHI + " Fields without a value are left out. Every instant is "
            + ApiText.INSTANT)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(
            @Schema(required = true, description = "The request's id.") UUID id,
            @Schema(required = true) CoverageStatus status,
            @Schema(required = true, type = SchemaType.STRING, format = "date-time", maxLength = 24,
                    pattern = ApiText.INSTANT_PATTERN, description = "When the request was stored.")
            @JsonFormat(pattern = ApiText.INSTANT_FORMAT, timezone = "UTC") Instant receivedAt,
            @Schema(required = true, type = SchemaType.STRING, format = "date-time", maxLength = 24,
                    pattern = ApiText.INSTANT_PATTERN, description = "When it last changed.")
            @JsonFormat(pattern = ApiText.INSTANT_FORMAT, timezone = "UTC") Instant updatedAt,
            @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 24, pattern = ApiText.INSTANT_PATTERN,
                    description = "When it was closed (moved to `CONTACTED`); absent while open.")
            @JsonFormat(pattern = ApiText.INSTANT_FORMAT, timezone = "UTC") Instant closedAt,
            @Schema(required = true, description = "How the request came in: `WEB` (the website form, no credentials), "
                    + "`CALL_CENTER` (a CALL_CENTER or ADMISSIONS caller), `PARTNER`, `STAFF` (an ADMIN caller).")
            IntakeChannel channel,
            @Schema(description = "Who sent it, as their credentials say; absent for the anonymous website form.")
            Submitter submittedBy,
            @Schema(required = true) SeekingCareFor seekingCareFor,
            @Schema(required = true, maxLength = 100, description = "The patient's first name (PHI).") String firstName,
            @Schema(required = true, maxLength = 100, description = "The patient's last name (PHI).") String lastName,
            @Schema(required = true, description = "The patient's date of birth (PHI).", example = "1990-04-12") LocalDate dateOfBirth,
            @Schema(maxLength = 12, pattern = ApiText.PHONE_STORED, description = "The phone number (PHI) in E.164 "
                    + "(`+14195550100`); absent when none was given.", example = "+14195550100")
            String phone,
            @Schema(maxLength = 254, pattern = ApiText.EMAIL_STORED, description = "The email address as the form gave it (PHI); absent when none was given.")
            String email,
            @Schema(required = true) PreferredContact preferredContact,
            @Schema(required = true, maxLength = 100, description = "The payer: our id when the form named a payer we "
                    + "know, else the payer as typed (trimmed).", example = "aetna") String payer,
            @Schema(description = "The plan type; absent when the form gave none.") PlanType planType,
            @Schema(required = true, maxLength = 20, pattern = "^[A-Z0-9]{3,20}$", description = "The member id (PHI), "
                    + "upper case, without the spaces and dashes of the card.", example = "W123456789") String memberId,
            @Schema(maxLength = 30, pattern = "^[A-Za-z0-9 -]+$", description = "The group number (PHI); absent when none was given.") String groupNumber,
            @Schema(required = true) SubscriberRelationship subscriberRelationship,
            @Schema(description = "The policy holder (PHI) when the patient is not; absent when `subscriberRelationship` "
                    + "is `SELF`.") CoverageRequestForm.PolicyHolder policyHolder,
            @Schema(description = "The facility asked about; absent when none was given.") UUID facilityId,
            @Schema(description = "The level of care asked about; absent when none was given.") LevelOfCare levelOfCare,
            @Schema(description = "The assessment the request links to, as the form gave it (not looked up); absent "
                    + "when none was given.") UUID assessmentId,
            @Schema(description = "The network answer as of the day of submission; absent unless the form gave a "
                    + "facility and a level.") NetworkResult network,
            @Schema(maxLength = ApiText.SUBJECT_MAX, pattern = ApiText.SUBJECT_PATTERN, description = "The ADMISSIONS "
                    + "user working the request (their JWT subject); absent while nobody is.",
                    example = "admissions@carenet.example") String assignee,
            @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 24, pattern = ApiText.INSTANT_PATTERN,
                    description = "When it was assigned to `assignee`; absent while nobody works it.")
            @JsonFormat(pattern = ApiText.INSTANT_FORMAT, timezone = "UTC") Instant assignedAt,
            @Schema(description = "The benefits admissions verified with the payer (recorded with the move to "
                    + "`VERIFIED` or `NOT_COVERED`); absent until then, or when none were recorded.")
            Benefits benefits,
            @Schema(required = true) Consent consent,
            @Schema(maxItems = MAX_HISTORY, description = "Each status change, oldest first, the receipt included; "
                    + "only on single-request reads (`GET` and `PATCH /coverage-requests/{id}`), not in the queue.")
            List<Change> history,
            @Schema(required = true, minimum = "0", maximum = "9223372036854775807",
                    description = "Bumped on every change.") long version) {

        public static Detail of(CoverageRequest r, Phi phi, boolean withHistory) {
            List<Change> history = withHistory
                    ? r.history.stream().map(c -> new Change(c.fromStatus, c.toStatus, c.changedBy, c.changedAt,
                    phi.open(StatusChange.NOTE, c.note))).toList()
                    : null;
            CoverageRequestForm.PolicyHolder holder = r.policyHolderFirstName == null ? null
                    : new CoverageRequestForm.PolicyHolder(phi.open(CoverageRequest.POLICY_HOLDER_FIRST_NAME, r.policyHolderFirstName),
                    phi.open(CoverageRequest.POLICY_HOLDER_LAST_NAME, r.policyHolderLastName),
                    LocalDate.parse(phi.open(CoverageRequest.POLICY_HOLDER_DATE_OF_BIRTH, r.policyHolderDateOfBirth)));
            return new Detail(r.id, r.status, r.receivedAt, r.updatedAt, r.closedAt, r.channel,
                    r.submittedBy == null ? null : new Submitter(r.submittedBy, r.submittedRole),
                    r.seekingCareFor,
                    phi.open(CoverageRequest.FIRST_NAME, r.firstName), phi.open(CoverageRequest.LAST_NAME, r.lastName),
                    LocalDate.parse(phi.open(CoverageRequest.DATE_OF_BIRTH, r.dateOfBirth)),
                    Phones.e164(phi.open(CoverageRequest.PHONE, r.phone)), phi.open(CoverageRequest.EMAIL, r.email),
                    r.preferredContact, r.payer, r.planType, phi.open(CoverageRequest.MEMBER_ID, r.memberId),
                    phi.open(CoverageRequest.GROUP_NUMBER, r.groupNumber), r.subscriberRelationship, holder, r.facilityId,
                    r.levelOfCare, r.assessmentId, r.network(), r.assignee, r.assignedAt, Benefits.of(r),
                    new Consent(r.consentText, r.consentAgreedAt, r.consentRecordedAt), history, r.version);
        }
    }

    /** Who sent a request, from their credentials. */
    @Schema(name = "CoverageRequestSubmitter", description = "Who sent the request, as their credentials say.")
    public record Submitter(
            @Schema(required = true, maxLength = ApiText.SUBJECT_MAX, description = "The caller's JWT subject (for an "
                    + "API key, its client name).", example = "callcenter-cal") String subject,
            @Schema(required = true, nullable = true, maxLength = 11, pattern = ApiText.ENUM_NAME,
                    description = "The role the request was sent in, the one that decided `channel`: `CALL_CENTER`, "
                    + "`ADMISSIONS`, `PARTNER` or `ADMIN`; null for a caller with none of these.",
                    example = "CALL_CENTER") String role) {
    }

    /**
     * What admissions verified with the payer, beside the note: plain numbers and flags of the
     * plan, nothing that names the person. Every field is optional (a payer does not always say).
     */
    @Schema(name = "VerifiedBenefits", description = "The benefits admissions verified with the payer, beside the "
            + "free-text note: each field optional (the payer may not say), amounts in US dollars, 0 to 1,000,000 "
            + "with at most 2 decimals.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Benefits(
            @Schema(description = "Whether the payer says the facility is in network for this plan (X12 271 EB12).",
                    example = "true") Boolean inNetwork,
            @Schema(minimum = "0", maximum = ApiText.MONEY_MAX, description = "The plan's deductible for the year.",
                    example = "1500.00")
            @DecimalMin("0") @DecimalMax(ApiText.MONEY_MAX) @Digits(integer = 7, fraction = 2, message = MONEY) BigDecimal deductible,
            @Schema(minimum = "0", maximum = ApiText.MONEY_MAX, description = "What is left of it; not more than "
                    + "`deductible` when both are given.", example = "650.00")
            @DecimalMin("0") @DecimalMax(ApiText.MONEY_MAX) @Digits(integer = 7, fraction = 2, message = MONEY) BigDecimal deductibleRemaining,
            @Schema(minimum = "0", maximum = ApiText.MONEY_MAX, description = "The copay per visit or day.",
                    example = "40.00")
            @DecimalMin("0") @DecimalMax(ApiText.MONEY_MAX) @Digits(integer = 7, fraction = 2, message = MONEY) BigDecimal copay,
            @Schema(minimum = "0", maximum = "100", description = "The coinsurance the person pays, in percent.",
                    example = "20")
            @Min(0) @Max(100) Integer coinsurancePercent,
            @Schema(minimum = "0", maximum = ApiText.MONEY_MAX, description = "The out-of-pocket maximum for the year.",
                    example = "6000.00")
            @DecimalMin("0") @DecimalMax(ApiText.MONEY_MAX) @Digits(integer = 7, fraction = 2, message = MONEY) BigDecimal outOfPocketMax,
            @Schema(description = "Whether the payer requires prior authorization for the level of care.",
                    example = "true") Boolean authorizationRequired,
            @Schema(description = "The level of care these benefits apply to.") LevelOfCare levelOfCare) {

        static final String MONEY = "must be an amount in dollars with at most 2 decimals";

        static Benefits of(CoverageRequest r) {
            return r.benefitsRecordedAt == null ? null : new Benefits(r.benefitsInNetwork, r.benefitsDeductible,
                    r.benefitsDeductibleRemaining, r.benefitsCopay, r.benefitsCoinsurancePercent, r.benefitsOutOfPocketMax,
                    r.benefitsAuthorizationRequired, r.benefitsLevelOfCare);
        }

        public boolean isEmpty() {
            return inNetwork == null && deductible == null && deductibleRemaining == null && copay == null
                    && coinsurancePercent == null && outOfPocketMax == null && authorizationRequired == null
                    && levelOfCare == null;
        }
    }

    @Schema(name = "RecordedConsent", description = "The consent as recorded with the request.")
    public record Consent(
            @Schema(required = true, maxLength = 10000, description = "The text the person agreed to, word for word.")
            String text,
            @Schema(required = true, type = SchemaType.STRING, format = "date-time", maxLength = 24,
                    pattern = ApiText.INSTANT_PATTERN, description = "When the person agreed, by their device's clock.")
            @JsonFormat(pattern = ApiText.INSTANT_FORMAT, timezone = "UTC") Instant agreedAt,
            @Schema(required = true, type = SchemaType.STRING, format = "date-time", maxLength = 24,
                    pattern = ApiText.INSTANT_PATTERN, description = "When the service stored the consent.")
            @JsonFormat(pattern = ApiText.INSTANT_FORMAT, timezone = "UTC") Instant recordedAt) {
    }

    @Schema(name = "CoverageStatusChange", description = "One step of a request's workflow: from, to, who, when and "
            + "the note (PHI: notes may name the person).")
    public record Change(
            @Schema(required = true, nullable = true, maxLength = ApiText.COVERAGE_STATUS_MAX, pattern = ApiText.ENUM_NAME,
                    description = "The status before; null for the first entry (the "
                    + "request received from the website form).") CoverageStatus from,
            @Schema(required = true, description = "The status after.") CoverageStatus to,
            @Schema(required = true, maxLength = ApiText.SUBJECT_MAX, description = ApiText.SUBJECT
                    + " For the first entry, the sender's subject, or `website form` when it came without credentials.",
                    example = "admissions@carenet.example") String by,
            @Schema(required = true, type = SchemaType.STRING, format = "date-time", maxLength = 24,
                    pattern = ApiText.INSTANT_PATTERN, description = "When.")
            @JsonFormat(pattern = ApiText.INSTANT_FORMAT, timezone = "UTC") Instant at,
            @Schema(required = true, nullable = true, maxLength = 2000, description = "The note given with the change "
                    + "(trimmed); null when none was given.") String note) {
    }

    /**
     * {@code PATCH /coverage-requests/{id}}: a workflow step, an assignment, or both. {@code assignee}
     * given as null unassigns; left out, it stays as it is.
     */
    @Schema(name = "CoverageStatusChangeInput", description = "The next workflow step for a request with a note, its "
            + "assignee, or both. `benefits` go with the move to `VERIFIED` or `NOT_COVERED`. Every problem is reported "
            + "at once (400, each field named).")
    public record StatusUpdate(
            @Schema(description = "The status to move to: one the workflow allows next (see `CoverageStatus`). Required "
                    + "unless `assignee` is given.", example = "IN_REVIEW")
            CoverageStatus status,
            @Schema(description = "What was done or learned; kept with the status change (sealed: it may name the "
                    + "person). Only with `status`.", example = "Calling the payer's provider line.")
            @Size(max = 2000) String note,
            @Schema(nullable = true, maxLength = ApiText.SUBJECT_MAX, pattern = ApiText.SUBJECT_PATTERN,
                    description = "Who works the request: an ADMISSIONS user's JWT subject, or `me` for the caller; "
                            + "null to unassign; left out, unchanged. insurance-service has no user directory: the "
                            + "subject is taken as given.", example = "me")
            @Size(max = ApiText.SUBJECT_MAX) @Pattern(regexp = "[!-~]{1,255}", message = "must be a user's subject "
                    + "(printable characters, no spaces), or me") String assignee,
            @Schema(description = "The benefits verified with the payer: only with `status` `VERIFIED` or "
                    + "`NOT_COVERED`, and at least one of them.")
            @jakarta.validation.Valid Benefits benefits) {

        /** The caller's own subject, in {@code assignee} and in the queue's {@code assignee} filter. */
        public static final String ME = "me";
    }
}
