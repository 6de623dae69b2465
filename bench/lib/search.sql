-- pgbench script for bench/run.sh: facility-service's search statement (FacilityStore.search:
-- radius + level, first page of 20, programs as JSON, total by window), with the parameters the
-- service binds (centre point, bounding cube, chord, levels, the stale-openings instant) taken from
-- bench_centre, one row per search centre of the HTTP runs. @CENTRES@ is replaced by run.sh.
-- (The time format quotes its colons: pgbench would take ":MI" for a variable.)
\set i random(1, @CENTRES@)
SELECT f.id, f.name, f.organization_id, o.name AS organization_name, f.line1, f.line2, f.city, f.state,
       f.postal_code, f.lat, f.lon, f.phone, f.website, f.timezone, f.note, f.payment_types, f.languages,
       f.accreditations, f.directory_codes, f.source, f.updated_at, f.version,
       (SELECT coalesce(json_agg(json_build_object(
               'levelOfCare', p.level_of_care, 'asamLevel', p.asam_level, 'schedules', p.schedules,
               'hoursPerWeek', p.hours_per_week, 'populations', p.populations, 'conditions', p.conditions,
               'therapies', p.therapies, 'medications', p.medications, 'openings', p.openings,
               'openingsUpdatedAt', to_char(p.openings_updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24":"MI":"SS.US"Z"'),
               'openingsStale', p.openings_updated_at IS NULL OR p.openings_updated_at < now() - interval '48 hours',
               'acceptingNewPatients', p.accepting_new_patients)
           ORDER BY array_position(ARRAY['DETOX','INPATIENT','RESIDENTIAL','PHP','IOP','OP','MAT'], p.level_of_care)), '[]')
        FROM program p WHERE p.facility_id = f.id) AS programs,
       f.chord_m, f.total
FROM (SELECT f.*, cube_distance(f.earth, c.point) AS chord_m, count(*) OVER () AS total
      FROM bench_centre c, facility f
      WHERE c.n = :i AND f.deleted_at IS NULL AND c.box @> f.earth AND cube_distance(f.earth, c.point) <= c.chord
        AND f.levels && c.levels
      ORDER BY chord_m, f.id LIMIT 20 OFFSET 0) f
LEFT JOIN organization o ON o.id = f.organization_id
ORDER BY f.chord_m, f.id;
