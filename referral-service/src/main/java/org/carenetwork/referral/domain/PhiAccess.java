package org.carenetwork.referral.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The disclosure log 42 CFR Part 2 asks for: one row each time a person's record left the service, to whom and how. */
@Entity
@Table(name = "phi_access")
public class PhiAccess extends PanacheEntityBase {

    public enum Action {
        /** the answer to {@code POST /referrals} (the first one or a replay) */
        CREATE,
        /** {@code GET /referrals/{id}} */
        READ,
        /** {@code GET /referrals/{id}} as a FHIR Bundle */
        READ_FHIR,
        /** the referral was on a page of {@code GET /referrals} */
        LIST,
        /** {@code PATCH /referrals/{id}} answered with the referral */
        UPDATE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "referral_id")
    public UUID referralId;

    @Column(name = "accessed_by")
    public String accessedBy;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Column(name = "accessed_at")
    public Instant accessedAt;

    @Column(name = "request_id")
    public String requestId;

    public static PhiAccess of(UUID referralId, String who, Action action, Instant at, String requestId) {
        PhiAccess a = new PhiAccess();
        a.referralId = referralId;
        a.accessedBy = who;
        a.action = action;
        a.accessedAt = at;
        a.requestId = requestId;
        return a;
    }
}
