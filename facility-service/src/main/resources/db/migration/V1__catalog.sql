-- The catalog: brands (organizations), their sites (facilities) and the programs a site runs,
-- one per level of care; availability, listing reports and ZIP centroids for search.
-- The vocabularies are closed here as well as in the code: the database is the last line.

-- cube and earthdistance give the distance search an index (GiST on ll_to_earth); pg_trgm serves
-- name search. earthdistance is not a trusted extension: the local cluster creates it as superuser.
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE organization (
    id         uuid PRIMARY KEY,
    name       text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    website    text,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE facility (
    id              uuid PRIMARY KEY,
    organization_id uuid REFERENCES organization (id),
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    line1           text,
    line2           text,
    city            text NOT NULL CHECK (length(city) BETWEEN 1 AND 100),
    state           char(2) NOT NULL CHECK (state ~ '^[A-Z]{2}$'),
    postal_code     text CHECK (postal_code ~ '^[0-9]{5}(-[0-9]{4})?$'),
    lat             double precision CHECK (lat BETWEEN -90 AND 90),
    lon             double precision CHECK (lon BETWEEN -180 AND 180),
    phone           text,
    website         text,
    timezone        text,
    note            text,
    payment_types   text[] NOT NULL DEFAULT '{}' CHECK (payment_types <@ ARRAY['MEDICAID', 'MEDICARE',
        'PRIVATE_INSURANCE', 'SELF_PAY', 'MILITARY', 'STATE_FINANCED', 'SLIDING_FEE', 'FREE']),
    languages       text[] NOT NULL DEFAULT '{}',
    accreditations  text[] NOT NULL DEFAULT '{}',
    -- The levels of care of the site's programs, kept by the triggers on program below: a search
    -- by level tests this on the rows the distance index found instead of probing program per row.
    levels          text[] NOT NULL DEFAULT '{}',
    -- Every code a directory listed for the site, mapped or not: nothing the source said is lost.
    directory_codes text[] NOT NULL DEFAULT '{}',
    source          text NOT NULL CHECK (source IN ('NETWORK', 'DIRECTORY')),
    -- Imports match listings on this key (normalised name and address): a re-import updates.
    natural_key     text UNIQUE,
    import_hash     text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint NOT NULL DEFAULT 0,
    deleted_at      timestamptz,
    -- The site as a point in earthdistance's 3-D space, kept with the row so a search calls no
    -- per-row SQL function: it compares this with a box and a chord length worked out once.
    earth           cube GENERATED ALWAYS AS (ll_to_earth(lat, lon)) STORED,
    CHECK ((lat IS NULL) = (lon IS NULL)),
    CHECK (natural_key IS NULL OR source = 'DIRECTORY')
);

-- Radius search: a bounding cube around the centre, answered by this index, then the exact
-- distance test on the few rows inside it.
CREATE INDEX facility_earth_idx ON facility USING gist (earth) WHERE deleted_at IS NULL;
CREATE INDEX facility_state_city_idx ON facility (state, lower(city)) WHERE deleted_at IS NULL;
CREATE INDEX facility_name_trgm_idx ON facility USING gin (lower(name) gin_trgm_ops) WHERE deleted_at IS NULL;
CREATE INDEX facility_name_idx ON facility (name, id) WHERE deleted_at IS NULL;
CREATE INDEX facility_organization_idx ON facility (organization_id);

CREATE TABLE program (
    id                     uuid PRIMARY KEY,
    facility_id            uuid NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
    level_of_care          text NOT NULL CHECK (level_of_care IN ('DETOX', 'INPATIENT', 'RESIDENTIAL', 'PHP', 'IOP',
        'OP', 'MAT')),
    asam_level             text CHECK (asam_level IN ('1', '2.1', '2.5', '3.1', '3.3', '3.5', '3.7', '4', '1-WM',
        '2-WM', '3.2-WM', '3.7-WM', '4-WM', 'OTP')),
    schedules              text[] NOT NULL DEFAULT '{}' CHECK (schedules <@ ARRAY['DAY', 'EVENING', 'WEEKEND']),
    hours_per_week         numeric(4, 1) CHECK (hours_per_week > 0 AND hours_per_week <= 168),
    populations            text[] NOT NULL DEFAULT '{}',
    conditions             text[] NOT NULL DEFAULT '{}',
    therapies              text[] NOT NULL DEFAULT '{}',
    medications            text[] NOT NULL DEFAULT '{}' CHECK (medications <@ ARRAY['BUPRENORPHINE', 'METHADONE',
        'NALTREXONE']),
    openings               integer CHECK (openings BETWEEN 0 AND 10000),
    openings_updated_at    timestamptz,
    accepting_new_patients boolean NOT NULL DEFAULT true,
    updated_at             timestamptz NOT NULL DEFAULT now(),
    UNIQUE (facility_id, level_of_care),
    -- ASAM: partial hospitalization is 20 hours a week or more; intensive outpatient is under 20.
    CONSTRAINT program_php_hours CHECK (level_of_care <> 'PHP' OR hours_per_week IS NULL OR hours_per_week >= 20),
    CONSTRAINT program_iop_hours CHECK (level_of_care <> 'IOP' OR hours_per_week IS NULL OR hours_per_week < 20),
    CONSTRAINT program_asam_matches_level CHECK (asam_level IS NULL OR CASE level_of_care
        WHEN 'DETOX' THEN asam_level LIKE '%-WM'
        WHEN 'INPATIENT' THEN asam_level = '4'
        WHEN 'RESIDENTIAL' THEN asam_level IN ('3.1', '3.3', '3.5', '3.7')
        WHEN 'PHP' THEN asam_level = '2.5'
        WHEN 'IOP' THEN asam_level = '2.1'
        WHEN 'OP' THEN asam_level IN ('1', 'OTP')
        ELSE true END)
);

-- The level filter probes this for each facility inside the search box.
CREATE INDEX program_facility_level_idx ON program (facility_id, level_of_care);

-- facility.levels follows its programs. Statement-level, so an import's batch refreshes each
-- site once.
CREATE FUNCTION refresh_facility_levels(ids uuid[]) RETURNS void LANGUAGE sql AS $$
    UPDATE facility f SET levels = coalesce((SELECT array_agg(DISTINCT p.level_of_care ORDER BY p.level_of_care)
                                              FROM program p WHERE p.facility_id = f.id), '{}')
    WHERE f.id = ANY(ids)
$$;
CREATE FUNCTION program_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_facility_levels(ARRAY(SELECT DISTINCT facility_id FROM new_rows));
    RETURN NULL;
END $$;
CREATE FUNCTION program_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_facility_levels(ARRAY(SELECT DISTINCT facility_id FROM old_rows));
    RETURN NULL;
END $$;
CREATE FUNCTION program_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_facility_levels(ARRAY(SELECT facility_id FROM old_rows UNION SELECT facility_id FROM new_rows));
    RETURN NULL;
END $$;
CREATE TRIGGER program_levels_insert AFTER INSERT ON program REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION program_inserted();
CREATE TRIGGER program_levels_delete AFTER DELETE ON program REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION program_deleted();
CREATE TRIGGER program_levels_update AFTER UPDATE ON program REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION program_moved();

CREATE TABLE listing_report (
    id          uuid PRIMARY KEY,
    facility_id uuid NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
    reason      text NOT NULL CHECK (reason IN ('PHONE_DISCONNECTED', 'NOT_ACCEPTING', 'CLOSED', 'WRONG_ADDRESS', 'OTHER')),
    level_of_care text CHECK (level_of_care IN ('DETOX', 'INPATIENT', 'RESIDENTIAL', 'PHP', 'IOP', 'OP', 'MAT')),
    note        text CHECK (length(note) <= 1000),
    reported_by text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX listing_report_facility_idx ON listing_report (facility_id, created_at DESC);

CREATE TABLE zip_centroid (
    zip   char(5) PRIMARY KEY,
    lat   double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon   double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    city  text NOT NULL,
    state char(2) NOT NULL
);
