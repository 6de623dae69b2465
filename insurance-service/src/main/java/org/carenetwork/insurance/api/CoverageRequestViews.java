package org.carenetwork.insurance.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carenetwork.insurance.domain.ApiText;
import org.carenetwork.insurance.domain.CoverageRequest;
import org.carenetwork.insurance.domain.CoverageStatus;
import org.carenetwork.insurance.domain.NetworkResult;
import org.carenetwork.insurance.domain.Phi;
import org.carenetwork.insurance.domain.StatusChange;
import org.carenetwork.insurance.domain.SubscriberRelationship;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PlanType;
import org.carenetwork.vocabulary.PreferredContact;
import org.carenetwork.vocabulary.SeekingCareFor;
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
            @Schema(required = true, description = "When the request was stored.") Instant receivedAt,
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
            + "details included. " + ApiText.PHI + " Fields without a value are left out.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(
            @Schema(required = true, description = "The request's id.") UUID id,
            @Schema(required = true) CoverageStatus status,
            @Schema(required = true, description = "When the request was stored.") Instant receivedAt,
            @Schema(required = true, description = "When it last changed.") Instant updatedAt,
            @Schema(description = "When it was closed (moved to `CONTACTED`); absent while open.") Instant closedAt,
            @Schema(required = true) SeekingCareFor seekingCareFor,
            @Schema(required = true, maxLength = 100, description = "The patient's first name (PHI).") String firstName,
            @Schema(required = true, maxLength = 100, description = "The patient's last name (PHI).") String lastName,
            @Schema(required = true, description = "The patient's date of birth (PHI).", example = "1990-04-12") LocalDate dateOfBirth,
            @Schema(maxLength = 40, pattern = ApiText.PHONE_STORED, description = "The phone number as the form gave it (PHI); absent when none was given.")
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
            @Schema(description = "The facility asked about; absent when none was given.") UUID facilityId,
            @Schema(description = "The level of care asked about; absent when none was given.") LevelOfCare levelOfCare,
            @Schema(description = "The network answer as of the day of submission; absent unless the form gave a "
                    + "facility and a level.") NetworkResult network,
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
            return new Detail(r.id, r.status, r.receivedAt, r.updatedAt, r.closedAt, r.seekingCareFor,
                    phi.open(CoverageRequest.FIRST_NAME, r.firstName), phi.open(CoverageRequest.LAST_NAME, r.lastName),
                    LocalDate.parse(phi.open(CoverageRequest.DATE_OF_BIRTH, r.dateOfBirth)),
                    phi.open(CoverageRequest.PHONE, r.phone), phi.open(CoverageRequest.EMAIL, r.email), r.preferredContact,
                    r.payer, r.planType, phi.open(CoverageRequest.MEMBER_ID, r.memberId),
                    phi.open(CoverageRequest.GROUP_NUMBER, r.groupNumber), r.subscriberRelationship, r.facilityId,
                    r.levelOfCare, r.network(), new Consent(r.consentText, r.consentAgreedAt, r.consentRecordedAt),
                    history, r.version);
        }
    }

    @Schema(name = "RecordedConsent", description = "The consent as recorded with the request.")
    public record Consent(
            @Schema(required = true, maxLength = 10000, description = "The text the person agreed to, word for word.")
            String text,
            @Schema(required = true, description = "When the person agreed, by their device's clock.") Instant agreedAt,
            @Schema(required = true, description = "When the service stored the consent.") Instant recordedAt) {
    }

    @Schema(name = "CoverageStatusChange", description = "One step of a request's workflow: from, to, who, when and "
            + "the note (PHI: notes may name the person).")
    public record Change(
            @Schema(required = true, nullable = true, maxLength = ApiText.COVERAGE_STATUS_MAX, pattern = ApiText.ENUM_NAME,
                    description = "The status before; null for the first entry (the "
                    + "request received from the website form).") CoverageStatus from,
            @Schema(required = true, description = "The status after.") CoverageStatus to,
            @Schema(required = true, maxLength = ApiText.SUBJECT_MAX, description = ApiText.SUBJECT
                    + " `website form` for the first entry.", example = "admissions@carenet.example") String by,
            @Schema(required = true, description = "When.") Instant at,
            @Schema(required = true, nullable = true, maxLength = 2000, description = "The note given with the change "
                    + "(trimmed); null when none was given.") String note) {
    }

    /** {@code PATCH /coverage-requests/{id}}. */
    @Schema(name = "CoverageStatusChangeInput", description = "The next workflow step for a request, with a note.")
    public record StatusUpdate(
            @Schema(description = "The status to move to: one the workflow allows next (see `CoverageStatus`).",
                    example = "IN_REVIEW")
            @jakarta.validation.constraints.NotNull CoverageStatus status,
            @Schema(description = "What was done or learned; kept with the change (sealed: it may name the person).",
                    example = "Calling the payer's provider line.")
            @jakarta.validation.constraints.Size(max = 2000) String note) {
    }
}
