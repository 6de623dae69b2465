package org.carenetwork.referral.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The outbox: one row per change of a referral, written in the transaction of the change, with the
 * exact body every delivery of it sends (no PHI), so a retry sends the same bytes and a restart
 * loses nothing.
 */
@Entity
@Table(name = "referral_event")
public class ReferralEvent extends PanacheEntityBase {

    /** The stable event id receivers dedupe on. */
    @Id
    public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    /** The event name, as on the wire. */
    public String type;

    /** The JSON body every delivery of this event sends. */
    public String payload;

    @Column(name = "occurred_at")
    public Instant occurredAt;
}
