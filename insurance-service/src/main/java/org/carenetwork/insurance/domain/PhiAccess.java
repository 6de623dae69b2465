package org.carenetwork.insurance.domain;

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

/** The audit trail: one row each time a person's PHI left the service, to whom and why. */
@Entity
@Table(name = "phi_access")
public class PhiAccess extends PanacheEntityBase {

    public enum Action {
        /** {@code GET /coverage-requests/{id}} */
        READ,
        /** the request was on a page of {@code GET /coverage-requests} */
        LIST,
        /** {@code PATCH /coverage-requests/{id}} answered with the request */
        UPDATE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "coverage_request_id")
    public UUID coverageRequestId;

    @Column(name = "accessed_by")
    public String accessedBy;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Column(name = "accessed_at")
    public Instant accessedAt;

    @Column(name = "request_id")
    public String requestId;

    public static PhiAccess of(UUID coverageRequestId, String who, Action action, Instant at, String requestId) {
        PhiAccess a = new PhiAccess();
        a.coverageRequestId = coverageRequestId;
        a.accessedBy = who;
        a.action = action;
        a.accessedAt = at;
        a.requestId = requestId;
        return a;
    }
}
