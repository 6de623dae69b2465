-- The "check your insurance" queue. Columns of type bytea hold PHI sealed with AES-256-GCM by
-- the service (FieldCipher, bound to "coverage_request.<column>"); the database never sees it
-- in clear. Payer, plan type, facility and level are not identifying on their own and stay
-- plain so the queue can be filtered and the network result computed.
CREATE TABLE coverage_request (
    id                      uuid PRIMARY KEY,
    status                  text NOT NULL CHECK (status IN ('RECEIVED','IN_REVIEW','VERIFIED','NOT_COVERED','NEEDS_INFO','CONTACTED')),
    seeking_care_for        text NOT NULL CHECK (seeking_care_for IN ('SELF','LOVED_ONE')),
    first_name              bytea NOT NULL,
    last_name               bytea NOT NULL,
    date_of_birth           bytea NOT NULL,
    phone                   bytea,
    email                   bytea,
    preferred_contact       text NOT NULL CHECK (preferred_contact IN ('PHONE','TEXT','EMAIL')),
    payer                   text NOT NULL,
    plan_type               text,
    member_id               bytea NOT NULL,
    group_number            bytea,
    subscriber_relationship text NOT NULL CHECK (subscriber_relationship IN ('SELF','SPOUSE','CHILD','OTHER')),
    facility_id             uuid,
    level_of_care           text,
    network_status          text CHECK (network_status IN ('IN_NETWORK','OUT_OF_NETWORK','UNKNOWN')),
    network_reason          text,
    network_effective_from  date,
    network_effective_to    date,
    consent_text            text NOT NULL,
    consent_agreed_at       timestamptz NOT NULL,
    consent_recorded_at     timestamptz NOT NULL,
    idempotency_key         text UNIQUE,
    request_hash            text NOT NULL,
    received_at             timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    closed_at               timestamptz,
    version                 bigint NOT NULL DEFAULT 0
);

CREATE INDEX coverage_request_queue ON coverage_request (status, received_at);
CREATE INDEX coverage_request_closed ON coverage_request (closed_at) WHERE closed_at IS NOT NULL;

-- Every status change, with who (the JWT subject) and when. Notes may name the person, so they
-- are sealed like the other PHI.
CREATE TABLE coverage_request_status_change (
    id                  bigserial PRIMARY KEY,
    coverage_request_id uuid NOT NULL REFERENCES coverage_request (id) ON DELETE CASCADE,
    from_status         text,
    to_status           text NOT NULL,
    changed_by          text NOT NULL,
    changed_at          timestamptz NOT NULL,
    note                bytea
);

CREATE INDEX coverage_request_status_change_request ON coverage_request_status_change (coverage_request_id, id);

-- One row per read of a request's PHI (HIPAA audit trail). No foreign key: the trail outlives
-- the request when retention purges it, and it holds no PHI itself.
CREATE TABLE phi_access (
    id                  bigserial PRIMARY KEY,
    coverage_request_id uuid NOT NULL,
    accessed_by         text NOT NULL,
    action              text NOT NULL CHECK (action IN ('READ','LIST','UPDATE')),
    accessed_at         timestamptz NOT NULL,
    request_id          text
);

CREATE INDEX phi_access_request ON phi_access (coverage_request_id, accessed_at);
