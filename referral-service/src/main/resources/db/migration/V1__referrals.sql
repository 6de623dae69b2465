-- Partner referrals. Columns of type bytea hold the person's record sealed with AES-256-GCM by the
-- service (FieldCipher, bound to "referral.<column>"): names, date of birth, contact details,
-- language, the reason, the member id and the consent text. The database never sees them in clear.
-- Facility, level, payer, plan type, statuses and the sender are not identifying on their own and
-- stay plain, so the queue can be filtered and the workflow checked.
CREATE TABLE referral (
    id                     uuid PRIMARY KEY,
    status                 text NOT NULL CHECK (status IN ('REQUESTED','ACCEPTED','REJECTED','IN_PROGRESS','ON_HOLD',
                                                           'COMPLETED','FAILED','CANCELLED')),
    held_from              text CHECK (held_from IN ('ACCEPTED','IN_PROGRESS')),
    business_status        text CHECK (business_status IN ('CONTACTED','INTAKE_SCHEDULED','ADMITTED')),
    intake_at              timestamptz,
    reason_code            text,
    facility_id            uuid NOT NULL,
    facility_name          text NOT NULL,
    level_of_care          text NOT NULL CHECK (level_of_care IN ('DETOX','INPATIENT','RESIDENTIAL','PHP','IOP','OP','MAT')),
    assessment_id          uuid,
    reason                 bytea NOT NULL,
    payer                  text,
    plan_type              text,
    member_id              bytea,
    network_status         text CHECK (network_status IN ('IN_NETWORK','OUT_OF_NETWORK','UNKNOWN')),
    network_reason         text,
    network_effective_from date,
    network_effective_to   date,
    degraded               text[] NOT NULL DEFAULT '{}',
    first_name             bytea NOT NULL,
    last_name              bytea NOT NULL,
    date_of_birth          bytea NOT NULL,
    phone                  bytea,
    email                  bytea,
    preferred_contact      text NOT NULL CHECK (preferred_contact IN ('PHONE','TEXT','EMAIL')),
    preferred_language     bytea,
    consent_text           bytea NOT NULL,
    consent_given_at       timestamptz NOT NULL,
    consent_recorded_at    timestamptz NOT NULL,
    sender                 text NOT NULL,
    idempotency_key        text,
    request_hash           text NOT NULL,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    closed_at              timestamptz,
    version                bigint NOT NULL DEFAULT 0,
    -- A key is the sender's own: two partners may pick the same one.
    UNIQUE (sender, idempotency_key),
    CONSTRAINT referral_hold CHECK ((status = 'ON_HOLD') = (held_from IS NOT NULL)),
    CONSTRAINT referral_closed CHECK ((status IN ('REJECTED','COMPLETED','FAILED','CANCELLED')) = (closed_at IS NOT NULL)),
    CONSTRAINT referral_intake CHECK (business_status IS DISTINCT FROM 'INTAKE_SCHEDULED' OR intake_at IS NOT NULL)
);

-- The queue (oldest first, by status or facility) and a partner's own referrals.
CREATE INDEX referral_queue ON referral (created_at, id);
CREATE INDEX referral_status_queue ON referral (status, created_at, id);
CREATE INDEX referral_facility_queue ON referral (facility_id, created_at, id);
CREATE INDEX referral_sender ON referral (sender, created_at, id);
CREATE INDEX referral_closed ON referral (closed_at) WHERE closed_at IS NOT NULL;

-- Every change, with who (the JWT subject) and when. Notes may name the person, so they are
-- sealed like the rest of the record.
CREATE TABLE referral_change (
    id              bigserial PRIMARY KEY,
    referral_id     uuid NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    from_status     text,
    to_status       text NOT NULL,
    business_status text,
    intake_at       timestamptz,
    reason_code     text,
    note            bytea,
    changed_by      text NOT NULL,
    changed_at      timestamptz NOT NULL
);

CREATE INDEX referral_change_referral ON referral_change (referral_id, id);

-- One row per disclosure of a referral's record (42 CFR Part 2 and HIPAA audit trail). No foreign
-- key: the trail outlives the referral when retention purges it, and it holds no PHI itself.
CREATE TABLE phi_access (
    id           bigserial PRIMARY KEY,
    referral_id  uuid NOT NULL,
    accessed_by  text NOT NULL,
    action       text NOT NULL CHECK (action IN ('CREATE','READ','READ_FHIR','LIST','UPDATE')),
    accessed_at  timestamptz NOT NULL,
    request_id   text
);

CREATE INDEX phi_access_referral ON phi_access (referral_id, accessed_at);
