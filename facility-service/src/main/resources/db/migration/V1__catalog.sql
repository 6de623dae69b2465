-- The catalog: brands (organizations) and their sites (facilities).
CREATE TABLE organization (
    id         uuid PRIMARY KEY,
    name       text NOT NULL UNIQUE,
    website    text,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE facility (
    id              uuid PRIMARY KEY,
    organization_id uuid REFERENCES organization (id),
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    line1           text,
    line2           text,
    city            text NOT NULL,
    state           char(2) NOT NULL,
    postal_code     text,
    lat             double precision CHECK (lat BETWEEN -90 AND 90),
    lon             double precision CHECK (lon BETWEEN -180 AND 180),
    phone           text,
    website         text,
    timezone        text,
    source          text NOT NULL CHECK (source IN ('NETWORK', 'DIRECTORY')),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint NOT NULL DEFAULT 0,
    deleted_at      timestamptz
);
