package org.carenetwork.insurance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PlanType;

/** A network contract: payer × plan type × facility × level of care, between dates (inclusive). */
@Entity
@Table(name = "network_contract")
public class NetworkContract extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "payer_id")
    public String payerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_type")
    public PlanType planType;

    @Column(name = "facility_id")
    public UUID facilityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_of_care")
    public LevelOfCare levelOfCare;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;

    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !effectiveFrom.isAfter(to);
        boolean endsAfterOtherStarts = effectiveTo == null || !effectiveTo.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }
}
