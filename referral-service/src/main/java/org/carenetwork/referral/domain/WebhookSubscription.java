package org.carenetwork.referral.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A partner's webhook: where to POST which events, and the secret they are signed with (sealed: it must be opened to sign). */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    public static final String SECRET = "webhook_subscription.secret";

    @Id
    public UUID id;

    /** The partner it belongs to (JWT subject): the sender whose referrals it hears about. */
    public String owner;

    public String url;

    /** Event names, as on the wire ({@code referral.status_changed}). */
    public String[] events;

    public byte[] secret;

    @Column(name = "created_at")
    public Instant createdAt;
}
