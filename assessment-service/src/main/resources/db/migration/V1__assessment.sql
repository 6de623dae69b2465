-- One row per assessment. Everything a person answered, and everything derived from it (scores,
-- crisis, level of care), is PHI and sits only in the two AES-256-GCM ciphertext columns
-- (common-web FieldCipher; associated data 'assessment.answers:<id>' and 'assessment.result:<id>',
-- so a value moved to another row or column does not decrypt).
CREATE TABLE assessment (
    id                uuid PRIMARY KEY,
    created_at        timestamptz NOT NULL,
    -- The caller's Idempotency-Key; unique, so concurrent retries produce one record.
    idempotency_key   text UNIQUE CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    -- SHA-256 of the access token returned at creation; the token itself is never stored.
    access_token_hash bytea NOT NULL CHECK (length(access_token_hash) = 32),
    answers           bytea NOT NULL,
    result            bytea NOT NULL
);

-- The retention purge deletes by age.
CREATE INDEX assessment_created_at ON assessment (created_at);
