-- Demo data for the dev and local profiles only (never production): two referrals from the demo
-- partner "helpline" (the client name apikey.sh's example mints, and token.sh --sub helpline) to the
-- demo site Midwest Recovery Center (5f0c1a52-7c1e-4a8e-9b0e-000000000101, facility-service's demo
-- data): one just sent, in network with Aetna PPO, and one accepted with the intake scheduled.
-- The people are placeholders, not real persons. Their record is sealed as the service seals it
-- (AES-256-GCM, FieldCipher, each value bound to its column) with the dev, test and local profiles'
-- fixed, public, non-secret key "dev1": these rows open only under that key, which is all the demo
-- needs. Ids are fixed, so loading twice changes nothing.
INSERT INTO referral (id, status, held_from, business_status, intake_at, reason_code, facility_id, facility_name,
                      level_of_care, assessment_id, reason, payer, plan_type, member_id, network_status, network_reason,
                      network_effective_from, network_effective_to, degraded, first_name, last_name, date_of_birth,
                      phone, email, preferred_contact, preferred_language, consent_text, consent_given_at,
                      consent_recorded_at, sender, idempotency_key, request_hash, created_at, updated_at, closed_at)
VALUES
    ('9c4e2a10-5b6d-4e7f-8a9b-000000000201', 'REQUESTED', NULL, NULL, NULL, NULL,
     '5f0c1a52-7c1e-4a8e-9b0e-000000000101', 'Midwest Recovery Center', 'IOP', NULL,
     '\x010464657631a4c714ae5ed7f33b09b9180f1d319285468372acefc3df0a10502994d51ad5d6ba4d74bfb2e800f9fa8086972376772e76c57ed49121726a46295979787d904c9b9c602487b280c07ec24293c40308e50e82c2fdad1980e5505fb89d3e7760fbd9d77c3a70b2adbd8c6a5c5f48371b26c3abea8372ae'::bytea,
     'aetna', 'PPO', '\x010464657631df50dfb76501c74e39c6ed81bb13919ce5fdc8abeea277ddf6ed832cac7637e9c39a793adf48'::bytea, 'IN_NETWORK',
     'In network: contracted with Aetna PPO for IOP from 2026-01-01 with no end date', DATE '2026-01-01', NULL, '{}',
     '\x0104646576310b0b0a2dbf17532166ecf37b57e9ad1e1eb92004c27aa8929eccf78573df3898'::bytea,
     '\x01046465763146dce3565c87a6d151ab127ef8a007d07ff2535d78a65c3c0c8e2aaa5b85765d38f818f2e4dc8a8edcec927bf9b670708b2aff06'::bytea,
     '\x010464657631398667bfcf5b31d5538fc23978bc8e2f9cc10d7568bb1321e0a95239438af4f9ec081fbd0366'::bytea,
     '\x0104646576311fa881c996a701a9e51a2746006179fd4b7b98a0315a037d16e7a3cfd5bbe899d8635f65fa7e7dc76da8'::bytea,
     '\x0104646576313b76d634a20c0af75e22f0ffa8bbcfb7a2a25284c544a79bf0f2c457c632686cab7cc8b5e7d7449b56800c3ffb4f920e'::bytea,
     'PHONE', '\x010464657631a9ebc72f464dc6e1b3ef8308f692ec21a03a609b3fbb0473268801c24bae'::bytea,
     '\x0104646576313e82d9f4e1689ad69ac30b00e82f5ad898685d6761cc1913d708de3eabe993c17fc0cc75609c609dd98aaa6a3e76e1756e42e34955395b43caae8b08c62038df2a30ebd2f87abad8f9cb5714acfa50a6161eae07ed66185e364396c0e8613da20d477323ef53ae7d8efdfce08f4ce8d1d4907122d58ac1f489c0c6cd17633ee0ac7256addc7671de6eef8968010992fb4d86e16e0a109e59e8842b12efc5a0583b35fbae64c1ca2b4b4c053dc2ec921bcbc7b0ea619ad09d20d273c573c199babbee06097bd05034e381e61fc9da2cd0d7498b1886ff46df'::bytea,
     TIMESTAMPTZ '2026-11-20T14:58:00Z', TIMESTAMPTZ '2026-11-20T15:00:00Z', 'helpline', NULL, 'demo-data',
     TIMESTAMPTZ '2026-11-20T15:00:00Z', TIMESTAMPTZ '2026-11-20T15:00:00Z', NULL),
    ('9c4e2a10-5b6d-4e7f-8a9b-000000000202', 'ACCEPTED', NULL, 'INTAKE_SCHEDULED', TIMESTAMPTZ '2026-11-24T14:00:00Z',
     NULL, '5f0c1a52-7c1e-4a8e-9b0e-000000000101', 'Midwest Recovery Center', 'PHP', NULL,
     '\x0104646576312f6bfafc5424c1abb838eab5847e949a19329b8927b21fb748ba145b56a3f9b6360fae72f88aaf12e42970340fd521ecbf41c9935ce58905a1b45c70881aeb46f1d966f01463ae46708c977bee8296d9478ef2ee67a941cf0b5900b47e10ef535628bb77f89887b3586544dee1a2e806aadee4701e'::bytea,
     NULL, NULL, NULL, NULL, NULL, NULL, NULL, '{}',
     '\x010464657631afb441704befe2297213f18f32e7a9b03d385053f3e24a71ace149a63959ded8'::bytea,
     '\x010464657631542799d28de21211be936c201f179fd18a10ad7d298c3091098fdf403d089f39a563c29cfe252eb4a33b604336854c1e5eda6739'::bytea,
     '\x0104646576319a3769ac1d9c5d7aa93c093f9ce8e3c72565ac1c6340bd834abd7b63168cc7c8b575a65474bc'::bytea,
     '\x01046465763178c401ab25ff1b75d5c3f899d22353c47a6d806ffdf669e85680efa02ea189577f865641253fd0f200b9'::bytea,
     NULL, 'TEXT', NULL,
     '\x010464657631de0da63121b19dd281ec33cd77b7b20f71dc5b5b3ac359e51d793a4b24778485d71113d0aa606cfa038ac2b8db5a2795ee8a035ade9f12e90fdf99f93e2f287534fe401c5fdfc2afadc6c4b45dcacf2ca24ad28abddcff6485b286bbede0486f78bcfa58fab037af8b7049e3c0c404ef9f486feb6349031cfadc0195bdc0ef83fc2f871367880d64c9fc5d1bbb654f37f96c31983815a24535bd0d730305fc2484f1e2e5e35df0d82482487cf4c09e384a9bac15138b87615e57f1bedfaf8a452df6b39db495a592fbd11502ba6a77de24882ed894a82add'::bytea,
     TIMESTAMPTZ '2026-11-21T13:55:00Z', TIMESTAMPTZ '2026-11-21T14:00:00Z', 'helpline', NULL, 'demo-data',
     TIMESTAMPTZ '2026-11-21T14:00:00Z', TIMESTAMPTZ '2026-11-21T16:30:00Z', NULL)
ON CONFLICT (id) DO NOTHING;

-- Their histories, once.
INSERT INTO referral_change (referral_id, from_status, to_status, business_status, intake_at, reason_code, note,
                             changed_by, changed_at)
SELECT h.referral_id::uuid, h.from_status, h.to_status, h.business_status, h.intake_at::timestamptz, NULL, h.note,
       h.changed_by, h.changed_at::timestamptz
FROM (VALUES
    ('9c4e2a10-5b6d-4e7f-8a9b-000000000201', NULL, 'REQUESTED', NULL, NULL, NULL::bytea, 'helpline', '2026-11-20T15:00:00Z'),
    ('9c4e2a10-5b6d-4e7f-8a9b-000000000202', NULL, 'REQUESTED', NULL, NULL, NULL::bytea, 'helpline', '2026-11-21T14:00:00Z'),
    ('9c4e2a10-5b6d-4e7f-8a9b-000000000202', 'REQUESTED', 'ACCEPTED', NULL, NULL, NULL::bytea, 'admissions-demo',
     '2026-11-21T15:10:00Z'),
    ('9c4e2a10-5b6d-4e7f-8a9b-000000000202', 'ACCEPTED', 'ACCEPTED', 'INTAKE_SCHEDULED', '2026-11-24T14:00:00Z',
     '\x0104646576313aa1e30685f143b3629248877ded7dd1316169addc064fa2697c0e5e80185dcdccd20049e34c0738722e19f00f22c9588a292db17749e328b8837da3f72aa59893980c571e4235fd25cb0de6d8c692da4aecb7104625c44ee8795d36388c4db8'::bytea,
     'admissions-demo', '2026-11-21T16:30:00Z')
) AS h (referral_id, from_status, to_status, business_status, intake_at, note, changed_by, changed_at)
WHERE NOT EXISTS (SELECT 1 FROM referral_change c WHERE c.referral_id = h.referral_id::uuid);
