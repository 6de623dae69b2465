package org.carenetwork.referral.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.carenetwork.referral.api.WebhookViews;
import org.carenetwork.referral.domain.EventType;
import org.carenetwork.referral.domain.Referral;
import org.carenetwork.referral.domain.ReferralEvent;

/**
 * Writes a referral's change to the outbox, inside the transaction of the change (MANDATORY: it
 * cannot be called outside one): the event with the exact body its deliveries send, and one
 * pending delivery for each subscription of the referral's sender that asked for the event. The
 * change and its events commit or roll back together, so no event is lost and none is sent for a
 * change that did not happen.
 */
@ApplicationScoped
public class Outbox {

    private static final String FAN_OUT = """
            INSERT INTO webhook_delivery (event_id, subscription_id, state, attempts, next_attempt_at, created_at)
            SELECT ?1, s.id, 'PENDING', 0, ?2, ?2 FROM webhook_subscription s
            WHERE s.owner = ?3 AND ?4 = ANY (s.events)
            """;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(Referral r, EventType type, Instant now) {
        ReferralEvent event = new ReferralEvent();
        event.id = UUID.randomUUID();
        event.referralId = r.id;
        event.type = type.wire();
        event.occurredAt = now;
        try {
            event.payload = json.writeValueAsString(new WebhookViews.Event(event.id, type.wire(), r.id, r.status,
                    r.businessStatus, now));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an event body", e);
        }
        event.persist();
        // The referral and the event rows first: the deliveries refer to the event.
        em.flush();
        em.createNativeQuery(FAN_OUT).setParameter(1, event.id).setParameter(2, Timestamp.from(now))
                .setParameter(3, r.sender).setParameter(4, type.wire()).executeUpdate();
        return event.id;
    }
}
