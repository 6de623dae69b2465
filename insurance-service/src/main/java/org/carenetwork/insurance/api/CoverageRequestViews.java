package org.carenetwork.insurance.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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

/** The API shapes of coverage requests. */
public final class CoverageRequestViews {

    private CoverageRequestViews() {
    }

    /**
     * What the anonymous submitter gets back: no PHI (they typed it; echoing it would only widen
     * where it travels), the status, and the network answer when a facility and level were given.
     */
    public record Receipt(UUID id, CoverageStatus status, Instant receivedAt, String payer, PlanType planType,
                          UUID facilityId, LevelOfCare levelOfCare, NetworkResult network) {

        public static Receipt of(CoverageRequest r) {
            return new Receipt(r.id, r.status, r.receivedAt, r.payer, r.planType, r.facilityId, r.levelOfCare, r.network());
        }
    }

    /** The full request for ADMISSIONS and CALL_CENTER; every time one is built from the database it is audited. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(UUID id, CoverageStatus status, Instant receivedAt, Instant updatedAt, Instant closedAt,
                         SeekingCareFor seekingCareFor, String firstName, String lastName, LocalDate dateOfBirth,
                         String phone, String email, PreferredContact preferredContact, String payer, PlanType planType,
                         String memberId, String groupNumber, SubscriberRelationship subscriberRelationship,
                         UUID facilityId, LevelOfCare levelOfCare, NetworkResult network, Consent consent,
                         List<Change> history, long version) {

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

    public record Consent(String text, Instant agreedAt, Instant recordedAt) {
    }

    public record Change(CoverageStatus from, CoverageStatus to, String by, Instant at, String note) {
    }

    /** {@code PATCH /coverage-requests/{id}}. */
    public record StatusUpdate(@jakarta.validation.constraints.NotNull CoverageStatus status,
                               @jakarta.validation.constraints.Size(max = 2000) String note) {
    }
}
