package org.carenetwork.insurance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.NetworkStatus;
import org.carenetwork.vocabulary.PlanType;
import org.carenetwork.vocabulary.PreferredContact;
import org.carenetwork.vocabulary.SeekingCareFor;

/**
 * A coverage (verification-of-benefits) request from the website form. PHI columns are byte
 * arrays sealed by {@link Phi}; this entity never holds them in clear.
 */
@Entity
@Table(name = "coverage_request")
public class CoverageRequest extends PanacheEntityBase {

    public static final String FIRST_NAME = "coverage_request.first_name";
    public static final String LAST_NAME = "coverage_request.last_name";
    public static final String DATE_OF_BIRTH = "coverage_request.date_of_birth";
    public static final String PHONE = "coverage_request.phone";
    public static final String EMAIL = "coverage_request.email";
    public static final String MEMBER_ID = "coverage_request.member_id";
    public static final String GROUP_NUMBER = "coverage_request.group_number";

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public CoverageStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "seeking_care_for")
    public SeekingCareFor seekingCareFor;

    @Column(name = "first_name")
    public byte[] firstName;

    @Column(name = "last_name")
    public byte[] lastName;

    @Column(name = "date_of_birth")
    public byte[] dateOfBirth;

    public byte[] phone;

    public byte[] email;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact")
    public PreferredContact preferredContact;

    public String payer;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type")
    public PlanType planType;

    @Column(name = "member_id")
    public byte[] memberId;

    @Column(name = "group_number")
    public byte[] groupNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "subscriber_relationship")
    public SubscriberRelationship subscriberRelationship;

    @Column(name = "facility_id")
    public UUID facilityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_of_care")
    public LevelOfCare levelOfCare;

    @Enumerated(EnumType.STRING)
    @Column(name = "network_status")
    public NetworkStatus networkStatus;

    @Column(name = "network_reason")
    public String networkReason;

    @Column(name = "network_effective_from")
    public LocalDate networkEffectiveFrom;

    @Column(name = "network_effective_to")
    public LocalDate networkEffectiveTo;

    @Column(name = "consent_text")
    public String consentText;

    @Column(name = "consent_agreed_at")
    public Instant consentAgreedAt;

    @Column(name = "consent_recorded_at")
    public Instant consentRecordedAt;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<StatusChange> history = new ArrayList<>();

    /**
     * Moves the request along its workflow, keeping who, when and the note.
     *
     * @throws ProblemException 409 when the workflow does not allow the step
     */
    public void moveTo(CoverageStatus target, String who, String note, Instant now, Phi phi) {
        if (!status.canMoveTo(target)) {
            throw ProblemException.conflict("A request in " + status + " cannot move to " + target
                    + (status.next().isEmpty() ? ": it is closed" : "; allowed next: " + status.next().stream().sorted().toList()));
        }
        record(status, target, who, now, phi.seal(StatusChange.NOTE, blankToNull(note)));
        status = target;
        updatedAt = now;
        if (target.closed()) {
            closedAt = now;
        }
    }

    public NetworkResult network() {
        return networkStatus == null ? null : new NetworkResult(facilityId, levelOfCare, networkStatus, networkReason,
                networkEffectiveFrom, networkEffectiveTo);
    }

    private void record(CoverageStatus from, CoverageStatus to, String who, Instant at, byte[] note) {
        StatusChange change = new StatusChange();
        change.request = this;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedBy = who;
        change.changedAt = at;
        change.note = note;
        history.add(change);
    }

    /** The first entry of the history: received from the website form. */
    public void recordReceived(Instant now) {
        record(null, CoverageStatus.RECEIVED, "website form", now, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
