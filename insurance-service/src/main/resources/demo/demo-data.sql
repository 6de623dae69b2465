-- Demo data for the dev and local profiles only (never production): network contracts for the
-- five demo sites of facility-service's demo data, with the payers the network names as
-- "commonly accepted" for every level each site runs, and Ohio Medicaid at Ohio Detox Center.
-- The contracts and their start date are illustrative, not real agreements. Ids are derived from
-- the key, so loading twice changes nothing.
WITH site (facility_id, level_of_care) AS (
    SELECT '5f0c1a52-7c1e-4a8e-9b0e-000000000101'::uuid, unnest(ARRAY['PHP','IOP','OP','MAT'])
    UNION ALL SELECT '5f0c1a52-7c1e-4a8e-9b0e-000000000102'::uuid, unnest(ARRAY['PHP','IOP','OP','MAT'])
    UNION ALL SELECT '5f0c1a52-7c1e-4a8e-9b0e-000000000103'::uuid, unnest(ARRAY['DETOX','RESIDENTIAL'])
    UNION ALL SELECT '5f0c1a52-7c1e-4a8e-9b0e-000000000104'::uuid, unnest(ARRAY['DETOX','INPATIENT','RESIDENTIAL'])
    UNION ALL SELECT '5f0c1a52-7c1e-4a8e-9b0e-000000000105'::uuid, unnest(ARRAY['DETOX','IOP','RESIDENTIAL','MAT'])
),
accepted (payer_id, plan_type) AS (
    SELECT p, unnest(ARRAY['PPO','HMO','EPO','POS'])
    FROM unnest(ARRAY['bcbs','aetna','cigna','unitedhealthcare','humana','anthem']) AS p
    UNION ALL SELECT 'tricare', 'TRICARE'
),
contract AS (
    SELECT s.facility_id, s.level_of_care, a.payer_id, a.plan_type FROM site s CROSS JOIN accepted a
    UNION ALL
    SELECT facility_id, level_of_care, 'ohio-medicaid', 'MEDICAID' FROM site
    WHERE facility_id = '5f0c1a52-7c1e-4a8e-9b0e-000000000104'
)
INSERT INTO network_contract (id, payer_id, plan_type, facility_id, level_of_care, effective_from, effective_to, updated_by)
SELECT md5('demo|' || payer_id || '|' || plan_type || '|' || facility_id || '|' || level_of_care)::uuid,
       payer_id, plan_type, facility_id, level_of_care, DATE '2026-01-01', NULL, 'demo-data'
FROM contract
ON CONFLICT (id) DO UPDATE SET effective_from = EXCLUDED.effective_from, effective_to = EXCLUDED.effective_to,
    updated_by = EXCLUDED.updated_by;
