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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.vocabulary.IntakeChannel;
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
    public static final String POLICY_HOLDER_FIRST_NAME = "coverage_request.policy_holder_first_name";
    public static final String POLICY_HOLDER_LAST_NAME = "coverage_request.policy_holder_last_name";
    public static final String POLICY_HOLDER_DATE_OF_BIRTH = "coverage_request.policy_holder_date_of_birth";

    /** The history's first {@code by} for a request sent without credentials. */
    public static final String WEBSITE_FORM = "website form";

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

    @Enumerated(EnumType.STRING)
    public IntakeChannel channel;

    /** The sender's JWT subject; null for the anonymous website form. */
    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_role")
    public String submittedRole;

    @Column(name = "policy_holder_first_name")
    public byte[] policyHolderFirstName;

    @Column(name = "policy_holder_last_name")
    public byte[] policyHolderLastName;

    @Column(name = "policy_holder_date_of_birth")
    public byte[] policyHolderDateOfBirth;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    public String assignee;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    /** Set when admissions recorded verified benefits; the benefit columns mean something only then. */
    @Column(name = "benefits_recorded_at")
    public Instant benefitsRecordedAt;

    @Column(name = "benefits_in_network")
    public Boolean benefitsInNetwork;

    @Column(name = "benefits_deductible")
    public BigDecimal benefitsDeductible;

    @Column(name = "benefits_deductible_remaining")
    public BigDecimal benefitsDeductibleRemaining;

    @Column(name = "benefits_copay")
    public BigDecimal benefitsCopay;

    @Column(name = "benefits_coinsurance_percent")
    public Integer benefitsCoinsurancePercent;

    @Column(name = "benefits_out_of_pocket_max")
    public BigDecimal benefitsOutOfPocketMax;

    @Column(name = "benefits_authorization_required")
    public Boolean benefitsAuthorizationRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "benefits_level_of_care")
    public LevelOfCare benefitsLevelOfCare;

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

    /** The first entry of the history: received, from the sender (their subject) or the website form. */
    public void recordReceived(Instant now) {
        record(null, CoverageStatus.RECEIVED, submittedBy != null ? submittedBy : WEBSITE_FORM, now, null);
    }

    /**
     * Gives the request to an ADMISSIONS user to work, or to nobody (null).
     *
     * @throws ProblemException 409 when the request is closed
     */
    public void assign(String subject, Instant now) {
        if (status.closed()) {
            throw ProblemException.conflict("A request in " + status + " is closed: it cannot be assigned");
        }
        if (subject == null ? assignee == null : subject.equals(assignee)) {
            return;
        }
        assignee = subject;
        assignedAt = subject == null ? null : now;
        updatedAt = now;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
