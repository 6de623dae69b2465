package org.carenetwork.insurance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a request's history: from, to, who (JWT subject), when, and the note (sealed). */
@Entity
@Table(name = "coverage_request_status_change")
public class StatusChange {

    public static final String NOTE = "coverage_request_status_change.note";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "coverage_request_id")
    public CoverageRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CoverageStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public CoverageStatus toStatus;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    public byte[] note;
}
