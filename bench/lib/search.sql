-- pgbench script for bench/run.sh: facility-service's search statement as FacilityStore.search
-- builds it for a radius + level search (first page of 20, programs as JSON, total exact up to
-- the cap of 1,000 and the estimate's input past it). First the parameters the service binds
-- (centre point, bounding cube, chord, levels; worked out once per centre in bench_centre) are
-- read into pgbench variables, so that the statement gets them as bound parameters like the
-- service's (-M prepared): the KNN order needs the centre as a value, not a joined column.
-- That lookup is a primary-key read of a few microseconds, inside each figure.
-- @CENTRES@ is replaced by run.sh. (The time format quotes its colons: pgbench would take ":MI"
-- for a variable.)
\set i random(1, @CENTRES@)
SELECT point::text AS p, box::text AS b, chord AS ch, levels::text AS lv FROM bench_centre WHERE n = :i \gset
WITH kth AS MATERIALIZED (SELECT max(x.d) AS d FROM (SELECT f.earth <-> :p::cube AS d FROM facility f
      WHERE f.deleted_at IS NULL AND NOT f.closed AND :b::cube @> f.earth AND cube_distance(f.earth, :p::cube) <= :ch::float8
        AND f.levels && :lv::text[]
      ORDER BY f.earth <-> :p::cube LIMIT 20) x),
  hits AS (SELECT f.id, f.earth <-> :p::cube AS chord_m FROM facility f
      WHERE f.deleted_at IS NULL AND NOT f.closed AND :b::cube @> f.earth AND cube_distance(f.earth, :p::cube) <= :ch::float8
        AND f.levels && :lv::text[]
        AND cube_enlarge(:p::cube, (SELECT d FROM kth) + 1, 3) @> f.earth AND f.earth <-> :p::cube <= (SELECT d FROM kth)
      ORDER BY chord_m, f.id LIMIT 20 OFFSET 0),
  counted AS (SELECT count(*) AS n FROM (SELECT 1 FROM facility f
      WHERE f.deleted_at IS NULL AND NOT f.closed AND :b::cube @> f.earth AND cube_distance(f.earth, :p::cube) <= :ch::float8
        AND f.levels && :lv::text[] LIMIT 1001) x)
SELECT f.id, f.name, f.organization_id, o.name AS organization_name, f.line1, f.line2, f.city, f.state,
       f.postal_code, f.lat, f.lon, f.website, f.timezone, f.note, f.payment_types, f.languages,
       f.accreditations, f.directory_codes, f.source, f.closed, f.updated_at, f.version,
       CASE WHEN f.phone = ANY(f.disconnected_phones) THEN NULL ELSE f.phone END AS phone,
       CASE WHEN f.phone IS NULL THEN 'NONE' WHEN f.phone = ANY(f.disconnected_phones) THEN 'DISCONNECTED'
            ELSE 'LISTED' END AS phone_status,
       (SELECT coalesce('[' || string_agg('{"levelOfCare":' || to_json(p.level_of_care)::text
               || ',"asamLevel":' || coalesce(to_json(p.asam_level)::text, 'null')
               || ',"schedules":' || coalesce(to_json(p.schedules)::text, 'null')
               || ',"hoursPerWeek":' || coalesce(p.hours_per_week::text, 'null')
               || ',"populations":' || coalesce(to_json(p.populations)::text, 'null')
               || ',"conditions":' || coalesce(to_json(p.conditions)::text, 'null')
               || ',"therapies":' || coalesce(to_json(p.therapies)::text, 'null')
               || ',"medications":' || coalesce(to_json(p.medications)::text, 'null')
               || ',"openings":' || coalesce(p.openings::text, 'null')
               || ',"openingsUpdatedAt":' || CASE WHEN p.openings_updated_at IS NULL THEN 'null' ELSE '"'
                   || to_char(p.openings_updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24":"MI":"SS')
                   || CASE WHEN to_char(p.openings_updated_at, 'US') = '000000' THEN ''
                           WHEN right(to_char(p.openings_updated_at, 'US'), 3) = '000' THEN '.' || left(to_char(p.openings_updated_at, 'US'), 3)
                           ELSE '.' || to_char(p.openings_updated_at, 'US') END || 'Z"' END
               || ',"openingsStale":' || (p.openings IS NULL OR p.openings_updated_at IS NULL
                                          OR p.openings_updated_at < now() - interval '48 hours')::text
               || ',"acceptingNewPatients":' || p.accepting_new_patients::text || '}', ','
           ORDER BY array_position(ARRAY['DETOX','INPATIENT','RESIDENTIAL','PHP','IOP','OP','MAT'], p.level_of_care)) || ']', '[]')
        FROM program p WHERE p.facility_id = f.id) AS programs,
       h.chord_m, counted.n AS total,
       CASE WHEN counted.n > 1000 THEN (SELECT max(x.d) FROM (SELECT f.earth <-> :p::cube AS d FROM facility f
           WHERE f.deleted_at IS NULL AND NOT f.closed AND :b::cube @> f.earth AND cube_distance(f.earth, :p::cube) <= :ch::float8
             AND f.levels && :lv::text[]
           ORDER BY f.earth <-> :p::cube LIMIT 1001) x) END AS cap_chord
FROM counted LEFT JOIN (hits h JOIN facility f ON f.id = h.id LEFT JOIN organization o ON o.id = f.organization_id) ON true
ORDER BY h.chord_m, h.id;
