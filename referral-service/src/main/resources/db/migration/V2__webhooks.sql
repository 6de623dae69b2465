-- Webhooks. A subscription belongs to a partner (the JWT subject that sends referrals) and hears
-- about that partner's referrals only. Its secret is sealed (FieldCipher, "webhook_subscription.secret"):
-- it must be opened to sign each delivery, so it cannot be hashed.
CREATE TABLE webhook_subscription (
    id          uuid PRIMARY KEY,
    owner       text NOT NULL,
    url         text NOT NULL CHECK (length(url) <= 2000),
    events      text[] NOT NULL CHECK (cardinality(events) > 0
                    AND events <@ ARRAY['referral.created', 'referral.status_changed']),
    secret      bytea NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE INDEX webhook_subscription_owner ON webhook_subscription (owner, created_at, id);

-- The outbox: one event per change of a referral, written in the same transaction as the change,
-- with the exact JSON body (no PHI) every delivery of it sends.
CREATE TABLE referral_event (
    id           uuid PRIMARY KEY,
    referral_id  uuid NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    type         text NOT NULL CHECK (type IN ('referral.created', 'referral.status_changed')),
    payload      text NOT NULL,
    occurred_at  timestamptz NOT NULL
);

CREATE INDEX referral_event_referral ON referral_event (referral_id);

-- One event owed to one subscription, also written in the change's transaction. The worker claims
-- due rows with FOR UPDATE SKIP LOCKED and moves next_attempt_at past a lease while it sends, so
-- several workers never send one delivery at once, and a worker that dies mid-send leaves the row
-- to be taken again when the lease ends (at-least-once).
CREATE TABLE webhook_delivery (
    id               bigserial PRIMARY KEY,
    event_id         uuid NOT NULL REFERENCES referral_event (id) ON DELETE CASCADE,
    subscription_id  uuid NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    state            text NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'GAVE_UP')),
    attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  timestamptz,
    created_at       timestamptz NOT NULL,
    delivered_at     timestamptz,
    UNIQUE (event_id, subscription_id),
    CONSTRAINT webhook_delivery_due CHECK ((state = 'PENDING') = (next_attempt_at IS NOT NULL))
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at, id) WHERE state = 'PENDING';
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription_id);

-- Each attempt: when, the receiver's HTTP status or the error, and when the next one is due.
CREATE TABLE webhook_attempt (
    id               bigserial PRIMARY KEY,
    delivery_id      bigint NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt          integer NOT NULL CHECK (attempt >= 1),
    attempted_at     timestamptz NOT NULL,
    status_code      integer,
    error            text,
    outcome          text NOT NULL CHECK (outcome IN ('DELIVERED', 'RETRYING', 'GAVE_UP')),
    next_attempt_at  timestamptz,
    UNIQUE (delivery_id, attempt)
);
