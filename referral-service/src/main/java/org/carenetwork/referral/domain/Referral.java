package org.carenetwork.referral.domain;

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

/**
 * A referral of a person to a site. The person's record (names, date of birth, contact details,
 * language, the reason, the member id and the consent text) is in byte-array columns sealed by
 * {@link Phi}; this entity never holds it in clear.
 */
@Entity
@Table(name = "referral")
public class Referral extends PanacheEntityBase {

    public static final String FIRST_NAME = "referral.first_name";
    public static final String LAST_NAME = "referral.last_name";
    public static final String DATE_OF_BIRTH = "referral.date_of_birth";
    public static final String PHONE = "referral.phone";
    public static final String EMAIL = "referral.email";
    public static final String PREFERRED_LANGUAGE = "referral.preferred_language";
    public static final String REASON = "referral.reason";
    public static final String MEMBER_ID = "referral.member_id";
    public static final String CONSENT_TEXT = "referral.consent_text";

    /** The most changes one referral keeps (holds and intake times can repeat); past it, a change is refused. */
    public static final int MAX_HISTORY = 100;

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ReferralStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_from")
    public ReferralStatus heldFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "business_status")
    public BusinessStatus businessStatus;

    @Column(name = "intake_at")
    public Instant intakeAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    public ReasonCode reasonCode;

    @Column(name = "facility_id")
    public UUID facilityId;

    @Column(name = "facility_name")
    public String facilityName;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_of_care")
    public LevelOfCare levelOfCare;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    public byte[] reason;

    public String payer;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type")
    public PlanType planType;

    @Column(name = "member_id")
    public byte[] memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "network_status")
    public NetworkStatus networkStatus;

    @Column(name = "network_reason")
    public String networkReason;

    @Column(name = "network_effective_from")
    public LocalDate networkEffectiveFrom;

    @Column(name = "network_effective_to")
    public LocalDate networkEffectiveTo;

    /** The services that could not be asked when the referral was sent (insurance-service). */
    public String[] degraded;

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

    @Column(name = "preferred_language")
    public byte[] preferredLanguage;

    @Column(name = "consent_text")
    public byte[] consentText;

    @Column(name = "consent_given_at")
    public Instant consentGivenAt;

    @Column(name = "consent_recorded_at")
    public Instant consentRecordedAt;

    /** Who sent it: the caller's JWT subject. Only this caller (and staff) may read it. */
    public String sender;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<ReferralChange> history = new ArrayList<>();

    public ReferralWorkflow.State state() {
        return new ReferralWorkflow.State(status, heldFrom, businessStatus, intakeAt);
    }

    /**
     * Applies a change the workflow accepted, keeping who, when, what and the note (sealed).
     *
     * @throws ProblemException 409 when the referral already has {@link #MAX_HISTORY} changes
     */
    public void apply(ReferralWorkflow.Outcome outcome, ReasonCode reason, String who, byte[] note, Instant now) {
        if (history.size() >= MAX_HISTORY) {
            throw ProblemException.conflict("The referral has reached its " + MAX_HISTORY + " changes; send a new one");
        }
        ReferralStatus from = status;
        ReferralWorkflow.State next = outcome.state();
        status = next.status();
        heldFrom = next.heldFrom();
        businessStatus = next.businessStatus();
        intakeAt = next.intakeAt();
        if (outcome.statusChanged()) {
            reasonCode = reason;
        }
        updatedAt = now;
        if (status.closed()) {
            closedAt = now;
        }
        record(from, who, reason, note, now);
    }

    /** The first entry of the history: sent by the sender. */
    public void recordRequested(Instant now) {
        record(null, sender, null, null, now);
    }

    private void record(ReferralStatus from, String who, ReasonCode reason, byte[] note, Instant at) {
        ReferralChange change = new ReferralChange();
        change.referral = this;
        change.fromStatus = from;
        change.toStatus = status;
        change.businessStatus = businessStatus;
        change.intakeAt = intakeAt;
        change.reasonCode = reason;
        change.note = note;
        change.changedBy = who;
        change.changedAt = at;
        history.add(change);
    }
}
