package org.carenetwork.facility.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.carenetwork.facility.api.FacilityInput;
import org.carenetwork.common.web.Page;
import org.carenetwork.facility.api.FacilityPage;
import org.carenetwork.facility.api.FacilityView;
import org.carenetwork.facility.config.FacilityConfig;
import org.carenetwork.facility.domain.LocationPrecision;
import org.carenetwork.facility.domain.PhoneStatus;
import org.carenetwork.facility.domain.Source;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PaymentType;

/**
 * The catalog's SQL. Reads are one statement each: the page of facilities, its total and every
 * program of those facilities come back together (programs aggregated as JSON per row), so a
 * search costs one round trip whatever the page size. Writes run inside the caller's transaction.
 */
@ApplicationScoped
public class FacilityStore {

    /**
     * A program's instant as Jackson writes an {@link java.time.Instant} (ISO_INSTANT: UTC, the
     * fraction in groups of three digits, none when zero), so the text built here is the text the
     * API has always served. {@code %s} is the column.
     */
    private static final String ISO_INSTANT = """
            CASE WHEN %1$s IS NULL THEN 'null' ELSE '"' || to_char(%1$s AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
                || CASE WHEN to_char(%1$s, 'US') = '000000' THEN ''
                        WHEN right(to_char(%1$s, 'US'), 3) = '000' THEN '.' || left(to_char(%1$s, 'US'), 3)
                        ELSE '.' || to_char(%1$s, 'US') END || 'Z"' END""";

    /**
     * The site's programs as the JSON array the API sends (ProgramView's fields, in its order),
     * written by the database as compact text: the service relays it without parsing it, which
     * was the largest part of a search's CPU time in Java (bench/README.md).
     */
    private static final String PROGRAMS_JSON = """
            (SELECT coalesce('[' || string_agg('{"levelOfCare":' || to_json(p.level_of_care)::text
                    || ',"asamLevel":' || coalesce(to_json(p.asam_level)::text, 'null')
                    || ',"schedules":' || coalesce(to_json(p.schedules)::text, 'null')
                    || ',"hoursPerWeek":' || coalesce(p.hours_per_week::text, 'null')
                    || ',"populations":' || coalesce(to_json(p.populations)::text, 'null')
                    || ',"conditions":' || coalesce(to_json(p.conditions)::text, 'null')
                    || ',"therapies":' || coalesce(to_json(p.therapies)::text, 'null')
                    || ',"medications":' || coalesce(to_json(p.medications)::text, 'null')
                    || ',"openings":' || coalesce(p.openings::text, 'null')
                    || ',"openingsUpdatedAt":' || """ + ISO_INSTANT.formatted("p.openings_updated_at") + """

                    || ',"openingsStale":' || (p.openings IS NULL OR p.openings_updated_at IS NULL
                                               OR p.openings_updated_at < ?)::text
                    || ',"acceptingNewPatients":' || p.accepting_new_patients::text || '}', ','
                ORDER BY array_position(ARRAY['DETOX','INPATIENT','RESIDENTIAL','PHP','IOP','OP','MAT'], p.level_of_care)) || ']', '[]')
             FROM program p WHERE p.facility_id = f.id)""";

    private static final String VIEW_COLUMNS = """
            f.id, f.name, f.organization_id, o.name AS organization_name, f.line1, f.line2, f.city, f.state,
            f.postal_code, f.lat, f.lon, f.location_precision, f.website, f.timezone, f.note, f.payment_types, f.languages,
            f.accreditations, f.directory_codes, f.source, f.closed, f.updated_at, f.version,
            CASE WHEN f.phone = ANY(f.disconnected_phones) THEN NULL ELSE f.phone END AS phone,
            CASE WHEN f.phone IS NULL THEN 'NONE' WHEN f.phone = ANY(f.disconnected_phones) THEN 'DISCONNECTED'
                 ELSE 'LISTED' END AS phone_status,
            """ + PROGRAMS_JSON + " AS programs";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    FacilityConfig config;

    // ---------------------------------------------------------------- reads

    public Optional<FacilityView> find(UUID id) {
        String sql = "SELECT " + VIEW_COLUMNS + ", NULL::float8 AS chord_m, 1 AS total FROM facility f "
                + "LEFT JOIN organization o ON o.id = f.organization_id WHERE f.id = ? AND f.deleted_at IS NULL";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, staleBefore());
            s.setObject(2, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(view(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A page of the search, nearest first (or by name without a centre), with its total: exact up
     * to {@code carenet.facility.exact-total-cap} matches, estimated past it. One statement
     * (bench/README.md has its plan): for a distance search the {@code offset + size}-th nearest
     * match is found by a KNN scan of the point index ({@code ORDER BY earth <-> centre LIMIT n},
     * which stops there), then the page is every match at most that far off, in (distance, id)
     * order, so ties at the page's edge are ordered by id like the rest; the count reads at most
     * cap + 1 matches from the same index, without the table.
     */
    public FacilityPage search(SearchQuery q) {
        int cap = config.exactTotalCap();
        try (Connection c = dataSource.getConnection()) {
            Sql where = where(c, q);
            Sql sql = statement(q, where, cap);
            List<FacilityView> items = new ArrayList<>(q.size());
            long counted = 0;
            Double capChord = null;
            try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counted = rs.getLong("total");
                    capChord = (Double) rs.getObject("cap_chord");
                    if (rs.getObject("id") != null) {
                        items.add(view(rs));
                    }
                }
            }
            if (counted <= cap) {
                return new FacilityPage(items, q.page(), q.size(), counted, false);
            }
            long estimate = q.center() != null ? fromDensity(q.center(), cap, capChord) : plannerEstimate(c, where);
            return new FacilityPage(items, q.page(), q.size(), Math.max(cap + 1L, Math.min(MAX_TOTAL, estimate)), true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The largest total the contract allows (FacilityPage.total's maximum). */
    static final long MAX_TOTAL = 100_000_000L;

    private Sql statement(SearchQuery q, Sql where, int cap) {
        long offset = (long) q.page() * q.size();
        Sql sql = new Sql();
        if (q.center() != null) {
            String point = Geo.point(q.center());
            // The distance of the (offset + size)-th nearest match: a KNN scan that stops there.
            sql.append("WITH kth AS MATERIALIZED (SELECT max(x.d) AS d FROM (SELECT f.earth <-> ?::cube AS d FROM facility f WHERE ")
                    .param(point).append(where).append(" ORDER BY f.earth <-> ?::cube LIMIT ?) x), ").param(point)
                    .param(offset + q.size());
            // Every match at most that far: the page and any ties at its edge, from a cube that small.
            sql.append("hits AS (SELECT f.id, f.earth <-> ?::cube AS chord_m FROM facility f WHERE ").param(point).append(where)
                    .append(" AND cube_enlarge(?::cube, (SELECT d FROM kth) + 1, 3) @> f.earth AND f.earth <-> ?::cube <= (SELECT d FROM kth)")
                    .param(point).param(point)
                    .append(" ORDER BY chord_m, f.id LIMIT ? OFFSET ?), ").param(q.size()).param(offset);
        } else {
            sql.append("WITH hits AS (SELECT f.id, NULL::float8 AS chord_m, f.name FROM facility f WHERE ").append(where)
                    .append(" ORDER BY f.name, f.id LIMIT ? OFFSET ?), ").param(q.size()).param(offset);
        }
        sql.append("counted AS (SELECT count(*) AS n FROM (SELECT 1 FROM facility f WHERE ").append(where)
                .append(" LIMIT ?) x) ").param(cap + 1L);
        sql.append("SELECT " + VIEW_COLUMNS + ", h.chord_m, counted.n AS total, ").param(staleBefore());
        if (q.center() != null) {
            // Only past the cap (a subquery in CASE runs only when its branch is taken): how far
            // off the (cap + 1)-th nearest match is, for the estimate.
            String point = Geo.point(q.center());
            sql.append("CASE WHEN counted.n > ? THEN (SELECT max(x.d) FROM (SELECT f.earth <-> ?::cube AS d FROM facility f WHERE ")
                    .param((long) cap).param(point).append(where).append(" ORDER BY f.earth <-> ?::cube LIMIT ?) x) END")
                    .param(point).param(cap + 1L);
        } else {
            sql.append("NULL::float8");
        }
        sql.append(" AS cap_chord FROM counted LEFT JOIN (hits h JOIN facility f ON f.id = h.id"
                + " LEFT JOIN organization o ON o.id = f.organization_id) ON true");
        sql.append(q.center() != null ? " ORDER BY h.chord_m, h.id" : " ORDER BY h.name, h.id");
        return sql;
    }

    /**
     * More than {@code cap} sites match within the radius and the (cap + 1)-th nearest is
     * {@code capChord} away: with the density found inside that circle, the whole circle holds
     * about (cap + 1) x (chord / capChord)^2 (a spherical cap's area grows with its chord squared).
     */
    static long fromDensity(SearchQuery.Center center, int cap, Double capChord) {
        if (capChord == null || capChord <= 0) {
            return cap + 1L;
        }
        double ratio = Geo.chord(center) / capChord;
        return (long) Math.ceil((cap + 1.0) * ratio * ratio);
    }

    /** Past the cap without a centre: the planner's estimate of the matches, from the table's statistics. */
    private long plannerEstimate(Connection c, Sql where) throws SQLException {
        Sql sql = new Sql().append("EXPLAIN (FORMAT JSON) SELECT 1 FROM facility f WHERE ").append(where);
        try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
            rs.next();
            java.util.regex.Matcher m = PLAN_ROWS.matcher(rs.getString(1));
            return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
        }
    }

    private static final java.util.regex.Pattern PLAN_ROWS = java.util.regex.Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");

    /** The statement a search runs, for EXPLAIN (ANALYZE) in tests and the README. */
    public List<String> explain(SearchQuery q, boolean analyze) {
        try (Connection c = dataSource.getConnection()) {
            Sql sql = new Sql().append(analyze ? "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " : "EXPLAIN ")
                    .append(statement(q, where(c, q), config.exactTotalCap()));
            List<String> plan = new ArrayList<>();
            try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    plan.add(rs.getString(1));
                }
            }
            return plan;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Sql where(Connection c, SearchQuery q) throws SQLException {
        // A site a confirmed report found closed is in no search; a read of it says closed.
        Sql w = new Sql().append("f.deleted_at IS NULL AND NOT f.closed");
        if (!q.ids().isEmpty()) {
            w.append(" AND f.id = ANY(?)").param(c.createArrayOf("uuid", q.ids().toArray()));
        }
        if (!q.excludedIds().isEmpty()) {
            w.append(" AND NOT (f.id = ANY(?))").param(c.createArrayOf("uuid", q.excludedIds().toArray()));
        }
        if (q.center() != null) {
            // The box (indexed) holds every point within the chord; the chord test is then exact.
            w.append(" AND ?::cube @> f.earth AND cube_distance(f.earth, ?::cube) <= ?")
                    .param(Geo.box(q.center())).param(Geo.point(q.center())).param(Geo.chord(q.center()));
        }
        if (q.state() != null) {
            w.append(" AND f.state = ?").param(q.state());
        }
        if (q.city() != null) {
            w.append(" AND lower(f.city) = lower(?)").param(q.city());
        }
        if (!q.paymentTypes().isEmpty()) {
            w.append(" AND f.payment_types && ?").param(textArray(c, q.paymentTypes(), Enum::name));
        }
        if (!q.languages().isEmpty()) {
            w.append(" AND f.languages && ?").param(textArray(c, q.languages(), Function.identity()));
        }
        for (String word : q.words()) {
            w.append(" AND lower(f.name) LIKE ? ESCAPE '\\'").param("%" + escapeLike(word) + "%");
        }
        if (!q.levels().isEmpty()) {
            w.append(" AND f.levels && ?").param(textArray(c, q.levels(), Enum::name));
        }
        if (!q.medications().isEmpty()) {
            // Any program of the site: the catalog records medications on its MAT program, so this is
            // not tied to the program the filters below must find.
            w.append(" AND EXISTS (SELECT 1 FROM program m WHERE m.facility_id = f.id AND m.medications && ?)")
                    .param(textArray(c, q.medications(), Enum::name));
        }
        if (q.hasPerProgramFilter()) {
            // These must hold for one program, at one of the levels asked for.
            w.append(" AND EXISTS (SELECT 1 FROM program p WHERE p.facility_id = f.id");
            if (!q.levels().isEmpty()) {
                w.append(" AND p.level_of_care = ANY(?)").param(textArray(c, q.levels(), Enum::name));
            }
            if (!q.schedules().isEmpty()) {
                w.append(" AND p.schedules && ?").param(textArray(c, q.schedules(), Enum::name));
            }
            if (!q.populations().isEmpty()) {
                w.append(" AND p.populations && ?").param(textArray(c, q.populations(), Enum::name));
            }
            if (!q.conditions().isEmpty()) {
                w.append(" AND p.conditions && ?").param(textArray(c, q.conditions(), Enum::name));
            }
            if (q.acceptingNow()) {
                w.append(" AND p.openings > 0 AND p.accepting_new_patients");
            }
            w.append(")");
        }
        return w;
    }

    public Optional<double[]> zipCentroid(String zip) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT lat, lon FROM zip_centroid WHERE zip = ?")) {
            s.setString(1, zip);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new double[] {rs.getDouble(1), rs.getDouble(2)}) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean organizationExists(UUID id) {
        return exists("SELECT 1 FROM organization WHERE id = ?", id);
    }

    private boolean exists(String sql, UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- programs one by one (HSDS services)

    /** A program of a site, by its own id: what HSDS calls a service. */
    public record ProgramRef(UUID id, UUID facilityId, LevelOfCare level) {
    }

    /**
     * One page of the programs (not the sites) a search finds: the programs that are themselves at one of
     * the levels and have one of the populations, conditions and medications asked for, at a site the
     * search finds. Sorted as a search sorts its sites (nearest first, or by name), then by level.
     * {@code organizationId}, when given, keeps the sites of that brand, or the site of that id when it
     * has no brand (HSDS's organization of a listing without one).
     */
    public Page<ProgramRef> programs(SearchQuery q, UUID organizationId) {
        try (Connection c = dataSource.getConnection()) {
            Sql from = new Sql().append(" FROM facility f JOIN program p ON p.facility_id = f.id WHERE ").append(where(c, q));
            if (!q.levels().isEmpty()) {
                from.append(" AND p.level_of_care = ANY(?)").param(textArray(c, q.levels(), Enum::name));
            }
            if (!q.populations().isEmpty()) {
                from.append(" AND p.populations && ?").param(textArray(c, q.populations(), Enum::name));
            }
            if (!q.conditions().isEmpty()) {
                from.append(" AND p.conditions && ?").param(textArray(c, q.conditions(), Enum::name));
            }
            if (!q.medications().isEmpty()) {
                from.append(" AND p.medications && ?").param(textArray(c, q.medications(), Enum::name));
            }
            if (organizationId != null) {
                from.append(" AND coalesce(f.organization_id, f.id) = ?").param(organizationId);
            }
            Sql page = new Sql().append("SELECT p.id, p.facility_id, p.level_of_care, count(*) OVER () AS total").append(from);
            if (q.center() == null) {
                page.append(" ORDER BY f.name, f.id");
            } else {
                page.append(" ORDER BY cube_distance(f.earth, ?::cube), f.id").param(Geo.point(q.center()));
            }
            page.append(", array_position(ARRAY['DETOX','INPATIENT','RESIDENTIAL','PHP','IOP','OP','MAT'], p.level_of_care)"
                    + " LIMIT ? OFFSET ?").param(q.size()).param((long) q.page() * q.size());
            List<ProgramRef> items = new ArrayList<>(q.size());
            long total = 0;
            try (PreparedStatement s = page.prepare(c); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(new ProgramRef(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            LevelOfCare.valueOf(rs.getString(3))));
                    total = rs.getLong(4);
                }
            }
            if (items.isEmpty() && q.page() > 0) {
                Sql count = new Sql().append("SELECT count(*)").append(from);
                try (PreparedStatement s = count.prepare(c); ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            return new Page<>(items, q.page(), q.size(), total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A program by its id, at a site that is not removed; empty when there is none. */
    public Optional<ProgramRef> program(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT p.id, p.facility_id, p.level_of_care FROM program p "
                     + "JOIN facility f ON f.id = p.facility_id WHERE p.id = ? AND f.deleted_at IS NULL")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new ProgramRef(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        LevelOfCare.valueOf(rs.getString(3)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- writes (in the caller's transaction)

    /** The current version, with the row locked until the transaction ends; empty when gone. */
    public Optional<Long> lockVersion(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT version FROM facility WHERE id = ? AND deleted_at IS NULL FOR UPDATE")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void insert(UUID id, FacilityInput in) {
        String sql = """
                INSERT INTO facility (id, organization_id, name, line1, line2, city, state, postal_code, lat, lon, phone,
                    website, timezone, note, payment_types, languages, accreditations, source, location_precision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ROOFTOP')""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            int i = bindFacility(c, s, in, 2, false);
            s.setString(i, (in.source() == null ? Source.NETWORK : in.source()).name());
            s.executeUpdate();
            writePrograms(c, id, in.programs());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the catalog entry if it is still at {@code expectedVersion}; false when it is not. */
    public boolean update(UUID id, FacilityInput in, long expectedVersion) {
        String sql = """
                UPDATE facility SET organization_id = ?, name = ?, line1 = ?, line2 = ?, city = ?, state = ?,
                    postal_code = ?, lat = ?, lon = ?,
                    location_precision = CASE WHEN lat IS NOT DISTINCT FROM ?::float8 AND lon IS NOT DISTINCT FROM ?::float8
                                              THEN location_precision ELSE 'ROOFTOP' END,
                    phone = ?, website = ?, timezone = ?, note = ?, payment_types = ?,
                    languages = ?, accreditations = ?, source = coalesce(?, source), updated_at = now(),
                    version = version + 1
                WHERE id = ? AND version = ? AND deleted_at IS NULL""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = bindFacility(c, s, in, 1, true);
            s.setString(i++, in.source() == null ? null : in.source().name());
            s.setObject(i++, id);
            s.setLong(i, expectedVersion);
            if (s.executeUpdate() == 0) {
                return false;
            }
            writePrograms(c, id, in.programs());
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean softDelete(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE facility SET deleted_at = now(), updated_at = now(), "
                     + "version = version + 1 WHERE id = ? AND deleted_at IS NULL")) {
            s.setObject(1, id);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stamps the openings as confirmed now; false when the site has no such program. */
    public boolean updateAvailability(UUID facilityId, LevelOfCare level, int openings, boolean accepting) {
        // The facility's version moves too: its representation changed, and caches and If-Match must see it.
        String sql = """
                WITH changed AS (
                    UPDATE program SET openings = ?, accepting_new_patients = ?, openings_updated_at = now(), updated_at = now()
                    WHERE facility_id = ? AND level_of_care = ?
                      AND EXISTS (SELECT 1 FROM facility WHERE id = ? AND deleted_at IS NULL)
                    RETURNING facility_id)
                UPDATE facility SET version = version + 1, updated_at = now() WHERE id IN (SELECT facility_id FROM changed)""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, openings);
            s.setBoolean(2, accepting);
            s.setObject(3, facilityId);
            s.setString(4, level.name());
            s.setObject(5, facilityId);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int bindFacility(Connection c, PreparedStatement s, FacilityInput in, int first, boolean update)
            throws SQLException {
        int i = first;
        s.setObject(i++, in.organizationId());
        s.setString(i++, in.name().strip());
        s.setString(i++, blankToNull(in.address().line1()));
        s.setString(i++, blankToNull(in.address().line2()));
        s.setString(i++, in.address().city().strip());
        s.setString(i++, in.address().state());
        s.setString(i++, blankToNull(in.address().postalCode()));
        s.setObject(i++, in.location() == null ? null : in.location().lat(), java.sql.Types.DOUBLE);
        s.setObject(i++, in.location() == null ? null : in.location().lon(), java.sql.Types.DOUBLE);
        if (update) {
            // Coordinates sent back as read keep how they were obtained; new ones were entered by staff.
            s.setObject(i++, in.location() == null ? null : in.location().lat(), java.sql.Types.DOUBLE);
            s.setObject(i++, in.location() == null ? null : in.location().lon(), java.sql.Types.DOUBLE);
        }
        s.setString(i++, blankToNull(in.phone()));
        s.setString(i++, blankToNull(in.website()));
        s.setString(i++, blankToNull(in.timezone()));
        s.setString(i++, blankToNull(in.note()));
        s.setArray(i++, textArray(c, orEmpty(in.paymentTypes()), Enum::name));
        s.setArray(i++, textArray(c, orEmpty(in.languages()), Function.identity()));
        s.setArray(i++, textArray(c, orEmpty(in.accreditations()), String::strip));
        return i;
    }

    /**
     * Makes the site's programs exactly {@code programs}: catalog fields are replaced, openings of a
     * program that stays are kept (they change through availability only), programs not listed go.
     */
    private void writePrograms(Connection c, UUID facilityId, List<FacilityInput.ProgramInput> programs)
            throws SQLException {
        List<FacilityInput.ProgramInput> list = orEmpty(programs);
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM program WHERE facility_id = ? AND NOT (level_of_care = ANY(?))")) {
            delete.setObject(1, facilityId);
            delete.setArray(2, textArray(c, list.stream().map(p -> p.levelOfCare().name()).toList(), Function.identity()));
            delete.executeUpdate();
        }
        if (list.isEmpty()) {
            return;
        }
        String upsert = """
                INSERT INTO program (id, facility_id, level_of_care, asam_level, schedules, hours_per_week, populations,
                    conditions, therapies, medications)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (facility_id, level_of_care) DO UPDATE SET asam_level = EXCLUDED.asam_level,
                    schedules = EXCLUDED.schedules, hours_per_week = EXCLUDED.hours_per_week,
                    populations = EXCLUDED.populations, conditions = EXCLUDED.conditions,
                    therapies = EXCLUDED.therapies, medications = EXCLUDED.medications, updated_at = now()""";
        try (PreparedStatement s = c.prepareStatement(upsert)) {
            for (FacilityInput.ProgramInput p : list) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, facilityId);
                s.setString(3, p.levelOfCare().name());
                s.setString(4, blankToNull(p.asamLevel()));
                s.setArray(5, textArray(c, orEmpty(p.schedules()), Enum::name));
                s.setBigDecimal(6, p.hoursPerWeek());
                s.setArray(7, textArray(c, orEmpty(p.populations()), Enum::name));
                s.setArray(8, textArray(c, orEmpty(p.conditions()), Enum::name));
                s.setArray(9, textArray(c, orEmpty(p.therapies()), Enum::name));
                s.setArray(10, textArray(c, orEmpty(p.medications()), Enum::name));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    // ---------------------------------------------------------------- mapping

    private FacilityView view(ResultSet rs) throws SQLException {
        UUID orgId = rs.getObject("organization_id", UUID.class);
        Double lat = (Double) rs.getObject("lat");
        Double lon = (Double) rs.getObject("lon");
        Double chord = (Double) rs.getObject("chord_m");
        return new FacilityView(rs.getObject("id", UUID.class), rs.getString("name"),
                orgId == null ? null : new FacilityView.OrganizationRef(orgId, rs.getString("organization_name")),
                new FacilityView.Address(rs.getString("line1"), rs.getString("line2"), rs.getString("city"),
                        rs.getString("state"), rs.getString("postal_code")),
                lat == null ? null : new FacilityView.Location(lat, lon,
                        LocationPrecision.valueOf(rs.getString("location_precision"))),
                rs.getString("phone"), PhoneStatus.valueOf(rs.getString("phone_status")), rs.getString("website"),
                rs.getString("timezone"), rs.getString("programs"),
                strings(rs, "payment_types").stream().map(PaymentType::valueOf).toList(),
                strings(rs, "languages"), strings(rs, "accreditations"), rs.getString("note"),
                strings(rs, "directory_codes"), Source.valueOf(rs.getString("source")), rs.getBoolean("closed"),
                rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"),
                chord == null ? null : BigDecimal.valueOf(Geo.miles(chord))
                        .setScale(2, java.math.RoundingMode.HALF_UP).doubleValue());
    }

    private Timestamp staleBefore() {
        return Timestamp.from(clock.instant().minus(config.openingsMaxAge()));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    static <T> Array textArray(Connection c, Collection<T> values, Function<T, String> name) throws SQLException {
        return c.createArrayOf("text", values.stream().map(name).distinct().toArray());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A fragment of SQL with its positional parameters, so optional filters compose. */
    static final class Sql {
        private final StringBuilder text = new StringBuilder();
        final List<Object> params = new ArrayList<>();

        Sql append(String s) {
            text.append(s);
            return this;
        }

        Sql append(Sql other) {
            text.append(other.text);
            params.addAll(other.params);
            return this;
        }

        Sql param(Object value) {
            params.add(value);
            return this;
        }

        PreparedStatement prepare(Connection c) throws SQLException {
            PreparedStatement s = c.prepareStatement(text.toString());
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            return s;
        }
    }
}
