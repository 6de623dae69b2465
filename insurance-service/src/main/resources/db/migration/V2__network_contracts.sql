-- In-network status is a contract fact: payer x plan type x facility x level of care, between
-- dates (both inclusive; no end date = open-ended). Facilities live in facility-service, so
-- facility_id is checked there when a contract is written, not by a foreign key.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE network_contract (
    id             uuid PRIMARY KEY,
    payer_id       text NOT NULL REFERENCES payer (id),
    plan_type      text NOT NULL CHECK (plan_type IN ('PPO','HMO','EPO','POS','MEDICAID','MEDICARE_ADVANTAGE','TRICARE')),
    facility_id    uuid NOT NULL,
    level_of_care  text NOT NULL CHECK (level_of_care IN ('DETOX','INPATIENT','RESIDENTIAL','PHP','IOP','OP','MAT')),
    effective_from date NOT NULL,
    effective_to   date,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     text NOT NULL,
    version        bigint NOT NULL DEFAULT 0,
    CONSTRAINT network_contract_dates_in_order CHECK (effective_to IS NULL OR effective_to >= effective_from),
    -- The service refuses overlaps with a readable 409 first; this is the last line under races.
    CONSTRAINT network_contract_no_overlap EXCLUDE USING gist (
        payer_id WITH =, plan_type WITH =, facility_id WITH =, level_of_care WITH =,
        daterange(effective_from, effective_to, '[]') WITH &&)
);

-- A network check reads every contract of one payer for a set of facilities.
CREATE INDEX network_contract_payer_facility ON network_contract (payer_id, facility_id);
CREATE INDEX network_contract_facility ON network_contract (facility_id);
