-- Demo data for the dev and local profiles only (never production): the network's five sites
-- from shared/docs/domain.md. The seeds give no street addresses or coordinates: the ones below
-- are plausible placeholders in each city, not the sites' real addresses.
INSERT INTO organization (id, name, website) VALUES
    ('6a1c0d2e-3f4b-4c5d-8e6f-000000000001', 'Midwest Recovery Centers', 'https://example.org/midwest'),
    ('6a1c0d2e-3f4b-4c5d-8e6f-000000000002', 'Ohio Treatment Centers', 'https://example.org/ohio')
ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, website = EXCLUDED.website;

INSERT INTO facility (id, organization_id, name, line1, city, state, postal_code, lat, lon, phone, website, timezone, source) VALUES
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000101', '6a1c0d2e-3f4b-4c5d-8e6f-000000000001', 'Midwest Recovery Center',
     '100 Demo Street (placeholder)', 'Toledo', 'OH', '43604', 41.6528, -83.5379, '+1-833-657-0858', 'https://example.org/midwest/toledo', 'America/New_York', 'NETWORK'),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000102', '6a1c0d2e-3f4b-4c5d-8e6f-000000000002', 'Ohio Treatment Center',
     '200 Demo Avenue (placeholder)', 'Toledo', 'OH', '43606', 41.6710, -83.6050, '+1-833-657-0858', 'https://example.org/ohio/toledo', 'America/New_York', 'NETWORK'),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000103', '6a1c0d2e-3f4b-4c5d-8e6f-000000000001', 'Midwest Detox Center',
     '300 Demo Road (placeholder)', 'Maumee', 'OH', '43537', 41.5628, -83.6538, '+1-833-657-0858', 'https://example.org/midwest/maumee', 'America/New_York', 'NETWORK'),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000104', '6a1c0d2e-3f4b-4c5d-8e6f-000000000002', 'Ohio Detox Center',
     '400 Demo Lane (placeholder)', 'Maumee', 'OH', '43537', 41.5790, -83.6270, '+1-833-657-0858', 'https://example.org/ohio/maumee', 'America/New_York', 'NETWORK'),
    ('5f0c1a52-7c1e-4a8e-9b0e-000000000105', '6a1c0d2e-3f4b-4c5d-8e6f-000000000001', 'Midwest Centers at Youngstown',
     '500 Demo Boulevard (placeholder)', 'Youngstown', 'OH', '44503', 41.0998, -80.6495, '+1-833-657-0858', 'https://example.org/midwest/youngstown', 'America/New_York', 'NETWORK')
ON CONFLICT (id) DO UPDATE SET organization_id = EXCLUDED.organization_id, name = EXCLUDED.name, line1 = EXCLUDED.line1,
    city = EXCLUDED.city, state = EXCLUDED.state, postal_code = EXCLUDED.postal_code, lat = EXCLUDED.lat, lon = EXCLUDED.lon,
    phone = EXCLUDED.phone, website = EXCLUDED.website, timezone = EXCLUDED.timezone, source = EXCLUDED.source;
