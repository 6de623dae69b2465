-- Coverage requests as the call center works them (issue 20, item 7): who sent the request and
-- through which channel, the policy holder when the patient is not the subscriber (PHI: sealed
-- like the person's fields), the assessment it links to, the ADMISSIONS user working it, and the
-- benefits admissions verified with the payer. The benefits are amounts and flags of a plan with
-- nothing that identifies the person, so they stay plain (as the network answer does) and are
-- bounded here as in the API.
ALTER TABLE coverage_request
    ADD COLUMN channel                     text NOT NULL DEFAULT 'WEB'
        CHECK (channel IN ('WEB','CALL_CENTER','PARTNER','STAFF')),
    ADD COLUMN submitted_by                text,
    ADD COLUMN submitted_role              text CHECK (submitted_role IN ('CALL_CENTER','ADMISSIONS','PARTNER','ADMIN')),
    ADD COLUMN policy_holder_first_name    bytea,
    ADD COLUMN policy_holder_last_name     bytea,
    ADD COLUMN policy_holder_date_of_birth bytea,
    ADD COLUMN assessment_id               uuid,
    ADD COLUMN assignee                    text,
    ADD COLUMN assigned_at                 timestamptz,
    ADD COLUMN benefits_recorded_at        timestamptz,
    ADD COLUMN benefits_in_network         boolean,
    ADD COLUMN benefits_deductible         numeric(9,2) CHECK (benefits_deductible BETWEEN 0 AND 1000000),
    ADD COLUMN benefits_deductible_remaining numeric(9,2) CHECK (benefits_deductible_remaining BETWEEN 0 AND 1000000),
    ADD COLUMN benefits_copay              numeric(9,2) CHECK (benefits_copay BETWEEN 0 AND 1000000),
    ADD COLUMN benefits_coinsurance_percent smallint CHECK (benefits_coinsurance_percent BETWEEN 0 AND 100),
    ADD COLUMN benefits_out_of_pocket_max  numeric(9,2) CHECK (benefits_out_of_pocket_max BETWEEN 0 AND 1000000),
    ADD COLUMN benefits_authorization_required boolean,
    ADD COLUMN benefits_level_of_care      text
        CHECK (benefits_level_of_care IN ('DETOX','INPATIENT','RESIDENTIAL','PHP','IOP','OP','MAT')),
    -- A policy holder is recorded whole or not at all, and so is an assignment.
    ADD CONSTRAINT coverage_request_policy_holder_whole CHECK (
        (policy_holder_first_name IS NULL) = (policy_holder_last_name IS NULL)
        AND (policy_holder_first_name IS NULL) = (policy_holder_date_of_birth IS NULL)),
    ADD CONSTRAINT coverage_request_assignment_whole CHECK ((assignee IS NULL) = (assigned_at IS NULL)),
    ADD CONSTRAINT coverage_request_deductible_remaining CHECK (
        benefits_deductible_remaining IS NULL OR benefits_deductible IS NULL
        OR benefits_deductible_remaining <= benefits_deductible);

-- The queue of one admissions user ("assignee=me"), oldest first, optionally by status.
CREATE INDEX coverage_request_assignee ON coverage_request (assignee, status, received_at) WHERE assignee IS NOT NULL;
