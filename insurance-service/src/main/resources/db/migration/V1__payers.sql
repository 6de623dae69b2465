-- The payers the network names, as reference data. Aliases are what people type or what a card
-- says; EDI payer ids are the electronic (claims) ids where public, empty where they vary by
-- clearinghouse or state plan. sort_order ranks equally good search matches: the commercial
-- payers the network names first, then Ohio Medicaid and its managed-care plans.
CREATE TABLE payer (
    id           text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]{2,64}$'),
    name         text NOT NULL UNIQUE,
    aliases      text[] NOT NULL DEFAULT '{}',
    edi_payer_ids text[] NOT NULL DEFAULT '{}',
    plan_types   text[] NOT NULL CHECK (plan_types <@ ARRAY['PPO','HMO','EPO','POS','MEDICAID','MEDICARE_ADVANTAGE','TRICARE']
                                        AND cardinality(plan_types) > 0),
    sort_order   int NOT NULL
);

INSERT INTO payer (id, name, aliases, edi_payer_ids, plan_types, sort_order) VALUES
('bcbs', 'Blue Cross Blue Shield',
    ARRAY['BCBS', 'Blue Cross', 'Blue Shield', 'Blue Cross and Blue Shield', 'BlueCard', 'The Blues'],
    ARRAY[]::text[], ARRAY['PPO','HMO','EPO','POS','MEDICARE_ADVANTAGE'], 10),
('aetna', 'Aetna',
    ARRAY['Aetna Health', 'Aetna CVS Health', 'Aetna Medicare', 'Aetna Behavioral Health'],
    ARRAY['60054'], ARRAY['PPO','HMO','EPO','POS','MEDICARE_ADVANTAGE'], 20),
('cigna', 'Cigna',
    ARRAY['Cigna Healthcare', 'Cigna Behavioral Health', 'Evernorth'],
    ARRAY['62308'], ARRAY['PPO','HMO','EPO','POS','MEDICARE_ADVANTAGE'], 30),
('unitedhealthcare', 'UnitedHealthcare',
    ARRAY['UHC', 'United Healthcare', 'United Health Care', 'United', 'UnitedHealth', 'Optum', 'Optum Behavioral Health'],
    ARRAY['87726'], ARRAY['PPO','HMO','EPO','POS','MEDICARE_ADVANTAGE'], 40),
('humana', 'Humana',
    ARRAY['Humana Health', 'Humana Medicare', 'Humana Gold Plus'],
    ARRAY['61101'], ARRAY['PPO','HMO','EPO','POS','MEDICARE_ADVANTAGE'], 50),
-- Anthem is the Blue Cross Blue Shield licensee in Ohio: an Ohio "BCBS" card is an Anthem card.
('anthem', 'Anthem Blue Cross and Blue Shield',
    ARRAY['Anthem', 'Anthem BCBS', 'Anthem Blue Cross', 'Blue Cross Blue Shield of Ohio', 'BCBS of Ohio',
          'Elevance Health', 'Anthem Medicaid'],
    ARRAY[]::text[], ARRAY['PPO','HMO','EPO','POS','MEDICAID','MEDICARE_ADVANTAGE'], 60),
-- Humana Military administers TRICARE East; 99727 is TRICARE East's payer id.
('tricare', 'TRICARE',
    ARRAY['Tricare East', 'Tricare Prime', 'Tricare Select', 'Humana Military', 'Military insurance', 'CHAMPUS'],
    ARRAY['99727'], ARRAY['TRICARE'], 70),
('ohio-medicaid', 'Ohio Medicaid',
    ARRAY['Medicaid', 'Ohio Department of Medicaid', 'ODM', 'Ohio Medicaid fee-for-service'],
    ARRAY[]::text[], ARRAY['MEDICAID'], 80),
('caresource', 'CareSource',
    ARRAY['Care Source', 'CareSource Ohio', 'CareSource Medicaid'],
    ARRAY[]::text[], ARRAY['MEDICAID'], 90),
('buckeye', 'Buckeye Health Plan',
    ARRAY['Buckeye', 'Buckeye Community Health Plan', 'Buckeye Medicaid'],
    ARRAY[]::text[], ARRAY['MEDICAID'], 100),
('molina', 'Molina Healthcare of Ohio',
    ARRAY['Molina', 'Molina Healthcare', 'Molina Medicaid'],
    ARRAY[]::text[], ARRAY['MEDICAID'], 110),
('uhc-community-plan', 'UnitedHealthcare Community Plan of Ohio',
    ARRAY['UHC Community Plan', 'United Healthcare Community Plan', 'UnitedHealthcare Community Plan',
          'UnitedHealthcare Medicaid', 'UHC Medicaid'],
    ARRAY[]::text[], ARRAY['MEDICAID'], 120),
('amerihealth-caritas-ohio', 'AmeriHealth Caritas Ohio',
    ARRAY['AmeriHealth', 'AmeriHealth Caritas', 'AmeriHealth Caritas Medicaid'],
    ARRAY[]::text[], ARRAY['MEDICAID'], 130),
('humana-healthy-horizons', 'Humana Healthy Horizons in Ohio',
    ARRAY['Humana Healthy Horizons', 'Healthy Horizons', 'Humana Medicaid'],
    ARRAY[]::text[], ARRAY['MEDICAID'], 140);
