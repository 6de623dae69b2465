-- Demo data for the dev and local profiles only (never production): the network's five sites
-- from shared/docs/domain.md. The seeds give no street addresses or coordinates: the ones below
-- are plausible placeholders in each city, not the sites' real addresses.
-- The brands' colours are demo choices (each dark enough for white text at WCAG AA), the phone the
-- network's one admissions line.
INSERT INTO organization (id, name, website, phone, primary_color, accent_color) VALUES
    ('6a1c0d2e-3f4b-4c5d-8e6f-000000000001', 'Midwest Recovery Centers', 'https://example.org/midwest', '+1-833-657-0858',
     '#1d4e89', '#f2a541'),
    ('6a1c0d2e-3f4b-4c5d-8e6f-000000000002', 'Ohio Treatment Centers', 'https://example.org/ohio', '+1-833-657-0858',
     '#6b2d5c', '#9fd8cb')
ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, website = EXCLUDED.website, phone = EXCLUDED.phone,
    primary_color = EXCLUDED.primary_color, accent_color = EXCLUDED.accent_color;

INSERT INTO facility (id, organization_id, name, line1, city, state, postal_code, lat, lon, phone, website, timezone, source,
                      payment_types, languages, accreditations) VALUES
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000101', '6a1c0d2e-3f4b-4c5d-8e6f-000000000001', 'Midwest Recovery Center',
     '100 Demo Street (placeholder)', 'Toledo', 'OH', '43604', 41.6528, -83.5379, '+1-833-657-0858', 'https://example.org/midwest/toledo', 'America/New_York', 'NETWORK',
     '{PRIVATE_INSURANCE,SELF_PAY,MILITARY}', '{en}', '{}'),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000102', '6a1c0d2e-3f4b-4c5d-8e6f-000000000002', 'Ohio Treatment Center',
     '200 Demo Avenue (placeholder)', 'Toledo', 'OH', '43606', 41.6710, -83.6050, '+1-833-657-0858', 'https://example.org/ohio/toledo', 'America/New_York', 'NETWORK',
     '{PRIVATE_INSURANCE,SELF_PAY,MILITARY}', '{en}', '{}'),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000103', '6a1c0d2e-3f4b-4c5d-8e6f-000000000001', 'Midwest Detox Center',
     '300 Demo Road (placeholder)', 'Maumee', 'OH', '43537', 41.5628, -83.6538, '+1-833-657-0858', 'https://example.org/midwest/maumee', 'America/New_York', 'NETWORK',
     '{PRIVATE_INSURANCE,SELF_PAY,MILITARY}', '{en}', '{}'),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000104', '6a1c0d2e-3f4b-4c5d-8e6f-000000000002', 'Ohio Detox Center',
     '400 Demo Lane (placeholder)', 'Maumee', 'OH', '43537', 41.5790, -83.6270, '+1-833-657-0858', 'https://example.org/ohio/maumee', 'America/New_York', 'NETWORK',
     '{MEDICAID,PRIVATE_INSURANCE,SELF_PAY,MILITARY}', '{en}', '{}'),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000105', '6a1c0d2e-3f4b-4c5d-8e6f-000000000001', 'Midwest Centers at Youngstown',
     '500 Demo Boulevard (placeholder)', 'Youngstown', 'OH', '44503', 41.0998, -80.6495, '+1-833-657-0858', 'https://example.org/midwest/youngstown', 'America/New_York', 'NETWORK',
     '{PRIVATE_INSURANCE,SELF_PAY,MILITARY}', '{en}', '{}')
ON CONFLICT (id) DO UPDATE SET organization_id = EXCLUDED.organization_id, name = EXCLUDED.name, line1 = EXCLUDED.line1,
    city = EXCLUDED.city, state = EXCLUDED.state, postal_code = EXCLUDED.postal_code, lat = EXCLUDED.lat, lon = EXCLUDED.lon,
    phone = EXCLUDED.phone, website = EXCLUDED.website, timezone = EXCLUDED.timezone, source = EXCLUDED.source,
    payment_types = EXCLUDED.payment_types, languages = EXCLUDED.languages, accreditations = EXCLUDED.accreditations;

-- Their programs, per domain.md's table. Openings are set when a program is first created only:
-- a restart must not overwrite what admissions confirmed since.
INSERT INTO program (id, facility_id, level_of_care, asam_level, schedules, hours_per_week, populations, conditions,
                     therapies, medications, openings, openings_updated_at, accepting_new_patients)
SELECT gen_random_uuid(), p.facility_id::uuid, p.level_of_care, p.asam_level, p.schedules::text[], p.hours_per_week,
       '{ADULTS}', p.conditions::text[], p.therapies::text[], p.medications::text[], p.openings, now(), true
FROM (VALUES
    -- Midwest Recovery Center, Toledo: PHP, IOP with evening options, OP, MAT
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000101', 'PHP', '2.5', '{DAY}', 25.0, '{SUBSTANCE_USE,CO_OCCURRING,DEPRESSION,ANXIETY}', '{CBT,DBT,RELAPSE_PREVENTION,CASE_MANAGEMENT}', '{}', 2),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000101', 'IOP', '2.1', '{DAY,EVENING}', 12.0, '{SUBSTANCE_USE,CO_OCCURRING,DEPRESSION,ANXIETY}', '{CBT,DBT,MOTIVATIONAL_INTERVIEWING,TWELVE_STEP,MINDFULNESS,FAMILY_COUNSELING,PSYCHOEDUCATION,RELAPSE_PREVENTION,CASE_MANAGEMENT,DRUG_ALCOHOL_MONITORING}', '{}', 4),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000101', 'OP', '1', '{EVENING}', 3.0, '{SUBSTANCE_USE}', '{CBT,RELAPSE_PREVENTION}', '{}', 6),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000101', 'MAT', NULL, '{DAY}', NULL, '{SUBSTANCE_USE}', '{}', '{BUPRENORPHINE,NALTREXONE}', 3),
    -- Ohio Treatment Center, Toledo: PHP, IOP, OP, MAT ("same-day placement")
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000102', 'PHP', '2.5', '{DAY}', 30.0, '{SUBSTANCE_USE,CO_OCCURRING}', '{CBT,DBT,CASE_MANAGEMENT}', '{}', 1),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000102', 'IOP', '2.1', '{DAY}', 9.0, '{SUBSTANCE_USE,CO_OCCURRING}', '{CBT,MOTIVATIONAL_INTERVIEWING,RELAPSE_PREVENTION}', '{}', 5),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000102', 'OP', '1', '{DAY}', 2.0, '{SUBSTANCE_USE}', '{CBT}', '{}', 8),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000102', 'MAT', NULL, '{DAY}', NULL, '{SUBSTANCE_USE}', '{}', '{BUPRENORPHINE,NALTREXONE}', 2),
    -- Midwest Detox Center, Maumee: DETOX, RESIDENTIAL (aftercare planning is a service, not a level)
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000103', 'DETOX', '3.7-WM', '{DAY,EVENING,WEEKEND}', NULL, '{SUBSTANCE_USE}', '{CASE_MANAGEMENT}', '{}', 2),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000103', 'RESIDENTIAL', '3.5', '{DAY,EVENING,WEEKEND}', NULL, '{SUBSTANCE_USE,CO_OCCURRING}', '{CBT,TWELVE_STEP,RELAPSE_PREVENTION}', '{}', 1),
    -- Ohio Detox Center, Maumee: DETOX, INPATIENT, RESIDENTIAL (accepts Ohio Medicaid)
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000104', 'DETOX', '3.7-WM', '{DAY,EVENING,WEEKEND}', NULL, '{SUBSTANCE_USE}', '{CASE_MANAGEMENT}', '{}', 3),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000104', 'INPATIENT', '4', '{DAY,EVENING,WEEKEND}', NULL, '{SUBSTANCE_USE,CO_OCCURRING}', '{CASE_MANAGEMENT}', '{}', 1),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000104', 'RESIDENTIAL', '3.7', '{DAY,EVENING,WEEKEND}', NULL, '{SUBSTANCE_USE,CO_OCCURRING}', '{CBT,DBT,TWELVE_STEP}', '{}', 0),
    -- Midwest Centers at Youngstown: DETOX, IOP, RESIDENTIAL, MAT
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000105', 'DETOX', '3.7-WM', '{DAY,EVENING,WEEKEND}', NULL, '{SUBSTANCE_USE}', '{CASE_MANAGEMENT}', '{}', 2),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000105', 'IOP', '2.1', '{EVENING}', 12.0, '{SUBSTANCE_USE,CO_OCCURRING}', '{CBT,MOTIVATIONAL_INTERVIEWING,TWELVE_STEP}', '{}', 3),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000105', 'RESIDENTIAL', '3.5', '{DAY,EVENING,WEEKEND}', NULL, '{SUBSTANCE_USE,CO_OCCURRING}', '{CBT,TWELVE_STEP}', '{}', 2),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000105', 'MAT', NULL, '{DAY}', NULL, '{SUBSTANCE_USE}', '{}', '{BUPRENORPHINE,NALTREXONE}', 4)
) AS p (facility_id, level_of_care, asam_level, schedules, hours_per_week, conditions, therapies, medications, openings)
ON CONFLICT (facility_id, level_of_care) DO UPDATE SET asam_level = EXCLUDED.asam_level, schedules = EXCLUDED.schedules,
    hours_per_week = EXCLUDED.hours_per_week, populations = EXCLUDED.populations, conditions = EXCLUDED.conditions,
    therapies = EXCLUDED.therapies, medications = EXCLUDED.medications;

-- One listing report, OPEN, for the API document's examples (ApiExamples.REPORT_ID). Written once:
-- a restart must not undo what staff did with it since.
WITH filed AS (
    INSERT INTO listing_report (id, facility_id, reason, level_of_care, note, reported_by, created_at)
    VALUES ('3c9a7b1e-0d2f-4e5a-8b6c-7d8e9f0a1b2c', '5f0c1a52-7c1e-4a8e-9b0e-000000000101', 'PHONE_DISCONNECTED', NULL,
            'The admissions number gives a disconnected tone.', 'CALL_CENTER', '2026-11-22T15:30:00Z')
    ON CONFLICT (id) DO NOTHING
    RETURNING id, reported_by, created_at)
INSERT INTO listing_report_change (report_id, from_status, to_status, changed_by, changed_at)
SELECT id, NULL, 'OPEN', reported_by, created_at FROM filed;
