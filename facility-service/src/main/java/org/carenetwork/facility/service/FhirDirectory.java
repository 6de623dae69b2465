package org.carenetwork.facility.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carenetwork.facility.api.FacilityView;
import org.carenetwork.facility.api.Fhir;
import org.carenetwork.facility.api.ProgramView;
import org.carenetwork.facility.domain.Language;
import org.carenetwork.facility.domain.LevelOfCareFacts;
import org.carenetwork.facility.service.FacilityStore.Sql;
import org.carenetwork.vocabulary.Condition;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.Schedule;

/**
 * The catalog as a FHIR R4 provider directory (Plan-Net shaped): which programs, sites and
 * organizations a FHIR search matches, in which order, and how many (its own SQL, since a FHIR
 * search pages programs, not sites, and filters on what the catalog search does not: postal code,
 * organization, last update); the records themselves are the catalog's reads
 * ({@link FacilityStore}), mapped to {@link Fhir}'s resources. A site a confirmed report found
 * closed is in no search (as in the catalog's); a read of it says {@code active: false} /
 * {@code status: inactive}.
 */
@ApplicationScoped
public class FhirDirectory {

    /** The order the catalog lists a site's programs in. */
    private static final String LEVEL_ORDER = "array_position(ARRAY['DETOX','INPATIENT','RESIDENTIAL','PHP','IOP','OP',"
            + "'MAT'], p.level_of_care)";

    /** A bound on the last update: {@code op} is one of {@code > >= < <= =}. */
    public record UpdatedBound(String op, Instant at) {
        public UpdatedBound {
            if (!Set.of(">", ">=", "<", "<=", "=").contains(op)) {
                throw new IllegalArgumentException(op);
            }
        }
    }

    /**
     * A validated FHIR search. Empty sets and nulls filter nothing. {@code organizations} match a
     * site's brand, or a site without one by its own id (its Organization's id).
     */
    public record Query(Set<UUID> facilities, Set<UUID> organizations, Set<LevelOfCare> levels,
                        Set<Condition> conditions, SearchQuery.Center near, String name, String state, String city,
                        String postalCode, List<UpdatedBound> updated, int offset, int count) {
    }

    /** One page of resources and the number of matches in all pages. */
    public record Found<T>(List<T> resources, long total) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    FacilityStore store;

    @Inject
    ObjectMapper json;

    // ---------------------------------------------------------------- searches

    public Found<Fhir.HealthcareService> healthcareServices(Query q) {
        try (Connection c = dataSource.getConnection()) {
            Sql where = facilityWhere(c, q, "f.updated_at");
            if (!q.levels().isEmpty()) {
                where.append(" AND p.level_of_care = ANY(?)").param(FacilityStore.textArray(c, q.levels(), Enum::name));
            }
            if (!q.conditions().isEmpty()) {
                where.append(" AND p.conditions && ?").param(FacilityStore.textArray(c, q.conditions(), Enum::name));
            }
            Sql sql = new Sql().append("SELECT p.facility_id, p.level_of_care, count(*) OVER () AS total");
            distance(sql, q);
            sql.append(" FROM program p JOIN facility f ON f.id = p.facility_id WHERE ").append(where)
                    .append(" ORDER BY " + order(q) + ", " + LEVEL_ORDER + " LIMIT ? OFFSET ?").param(q.count()).param(q.offset());
            List<UUID> facilities = new ArrayList<>();
            List<LevelOfCare> levels = new ArrayList<>();
            long total = -1;
            try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    facilities.add(rs.getObject(1, UUID.class));
                    levels.add(LevelOfCare.valueOf(rs.getString(2)));
                    total = rs.getLong(3);
                }
            }
            if (total < 0) {
                total = count(c, new Sql().append("SELECT count(*) FROM program p JOIN facility f ON f.id = p.facility_id "
                        + "WHERE ").append(where));
            }
            Map<UUID, FacilityView> views = views(facilities);
            List<Fhir.HealthcareService> services = new ArrayList<>();
            for (int i = 0; i < facilities.size(); i++) {
                FacilityView view = views.get(facilities.get(i));
                LevelOfCare level = levels.get(i);
                if (view != null) {
                    Arrays.stream(programs(view)).filter(p -> p.levelOfCare() == level).findFirst()
                            .ifPresent(p -> services.add(healthcareService(view, p)));
                }
            }
            return new Found<>(services, total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Found<Fhir.Location> locations(Query q) {
        try (Connection c = dataSource.getConnection()) {
            Sql where = facilityWhere(c, q, "f.updated_at");
            Sql sql = new Sql().append("SELECT f.id, count(*) OVER () AS total");
            distance(sql, q);
            sql.append(" FROM facility f WHERE ").append(where).append(" ORDER BY " + order(q) + " LIMIT ? OFFSET ?")
                    .param(q.count()).param(q.offset());
            List<UUID> facilities = new ArrayList<>();
            long total = -1;
            try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    facilities.add(rs.getObject(1, UUID.class));
                    total = rs.getLong(2);
                }
            }
            if (total < 0) {
                total = count(c, new Sql().append("SELECT count(*) FROM facility f WHERE ").append(where));
            }
            Map<UUID, FacilityView> views = views(facilities);
            return new Found<>(facilities.stream().map(views::get).filter(v -> v != null).map(FhirDirectory::location)
                    .toList(), total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The brands, and every open site without one (as its own provider), by name. {@code q.name()}
     * and {@code q.updated()} apply; a brand's last update is when it was added (the catalog keeps
     * no later date for it).
     */
    public Found<Fhir.Organization> organizations(Query q) {
        try (Connection c = dataSource.getConnection()) {
            Sql sql = new Sql().append("SELECT u.*, count(*) OVER () AS total FROM (").append(organizationRows(q, null))
                    .append(") u ORDER BY u.name, u.id LIMIT ? OFFSET ?").param(q.count()).param(q.offset());
            List<Fhir.Organization> found = new ArrayList<>();
            long total = -1;
            try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(organization(rs));
                    total = rs.getLong("total");
                }
            }
            if (total < 0) {
                total = count(c, new Sql().append("SELECT count(*) FROM (").append(organizationRows(q, null)).append(") u"));
            }
            return new Found<>(found, total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- reads

    /** The program {@code level} of a facility that is not removed; closed ones too. */
    public Optional<Fhir.HealthcareService> healthcareService(UUID facility, LevelOfCare level) {
        return store.find(facility).flatMap(view -> Arrays.stream(programs(view)).filter(p -> p.levelOfCare() == level)
                .findFirst().map(p -> healthcareService(view, p)));
    }

    public Optional<Fhir.Location> location(UUID facility) {
        return store.find(facility).map(FhirDirectory::location);
    }

    /** A brand, or a site without one that is not removed (closed ones too). */
    public Optional<Fhir.Organization> organization(UUID id) {
        Query any = new Query(Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, null, null, List.of(), 0, 1);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = organizationRows(any, id).prepare(c);
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(organization(rs)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- SQL

    private static Sql facilityWhere(Connection c, Query q, String updatedColumn) throws SQLException {
        Sql w = new Sql().append("f.deleted_at IS NULL AND NOT f.closed");
        if (!q.facilities().isEmpty()) {
            w.append(" AND f.id = ANY(?)").param(c.createArrayOf("uuid", q.facilities().toArray()));
        }
        if (!q.organizations().isEmpty()) {
            Object ids = c.createArrayOf("uuid", q.organizations().toArray());
            w.append(" AND (f.organization_id = ANY(?) OR f.organization_id IS NULL AND f.id = ANY(?))").param(ids).param(ids);
        }
        if (q.near() != null) {
            w.append(" AND ?::cube @> f.earth AND cube_distance(f.earth, ?::cube) <= ?")
                    .param(Geo.box(q.near())).param(Geo.point(q.near())).param(Geo.chord(q.near()));
        }
        if (q.name() != null) {
            w.append(" AND lower(f.name) LIKE ? ESCAPE '\\'").param(FacilityStore.escapeLike(lower(q.name())) + "%");
        }
        if (q.state() != null) {
            w.append(" AND f.state = ?").param(q.state());
        }
        if (q.city() != null) {
            w.append(" AND lower(f.city) LIKE ? ESCAPE '\\'").param(FacilityStore.escapeLike(lower(q.city())) + "%");
        }
        if (q.postalCode() != null) {
            w.append(" AND f.postal_code LIKE ? ESCAPE '\\'").param(FacilityStore.escapeLike(q.postalCode()) + "%");
        }
        updated(w, q, updatedColumn);
        return w;
    }

    private static void updated(Sql w, Query q, String column) {
        for (UpdatedBound b : q.updated()) {
            w.append(" AND " + column + " " + b.op() + " ?").param(Timestamp.from(b.at()));
        }
    }

    /** The brands and the open sites without one, as rows of one shape; {@code id} non-null: that one only. */
    private static Sql organizationRows(Query q, UUID id) {
        Sql brands = new Sql().append("SELECT 'prvgrp' AS kind, o.id, o.name, o.phone, o.website, o.created_at AS updated, "
                + "true AS active FROM organization o WHERE true");
        Sql sites = new Sql().append("SELECT 'fac' AS kind, f.id, f.name, "
                + "CASE WHEN f.phone = ANY(f.disconnected_phones) THEN NULL ELSE f.phone END AS phone, f.website, "
                + "f.updated_at AS updated, NOT f.closed AS active FROM facility f "
                + "WHERE f.organization_id IS NULL AND f.deleted_at IS NULL");
        if (id == null) {
            sites.append(" AND NOT f.closed");
        } else {
            brands.append(" AND o.id = ?").param(id);
            sites.append(" AND f.id = ?").param(id);
        }
        if (q.name() != null) {
            String prefix = FacilityStore.escapeLike(lower(q.name())) + "%";
            brands.append(" AND lower(o.name) LIKE ? ESCAPE '\\'").param(prefix);
            sites.append(" AND lower(f.name) LIKE ? ESCAPE '\\'").param(prefix);
        }
        updated(brands, q, "o.created_at");
        updated(sites, q, "f.updated_at");
        return brands.append(" UNION ALL ").append(sites);
    }

    private static void distance(Sql select, Query q) {
        if (q.near() != null) {
            select.append(", cube_distance(f.earth, ?::cube) AS chord_m").param(Geo.point(q.near()));
        }
    }

    /** Nearest first around a centre, else by name; the id keeps pages stable. */
    private static String order(Query q) {
        return q.near() != null ? "chord_m, f.id" : "f.name, f.id";
    }

    private static long count(Connection c, Sql count) throws SQLException {
        try (PreparedStatement s = count.prepare(c); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The catalog's views of these open facilities, in one read. */
    private Map<UUID, FacilityView> views(List<UUID> ids) {
        Map<UUID, FacilityView> views = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return views;
        }
        Set<UUID> distinct = new LinkedHashSet<>(ids);
        SearchQuery byId = new SearchQuery(distinct, Set.of(), null, null, null, Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), false, List.of(), 0, distinct.size());
        store.search(byId).items().forEach(v -> views.put(v.id(), v));
        return views;
    }

    private ProgramView[] programs(FacilityView view) {
        try {
            return json.readValue(view.programs(), ProgramView[].class);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable programs of facility " + view.id(), e);
        }
    }

    // ---------------------------------------------------------------- mapping

    static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri");
    static final List<String> ALL_DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    /** The HealthcareService id of a site's program: {@code {facilityId}-{level}}, in lower case. */
    public static String serviceId(UUID facility, LevelOfCare level) {
        return facility + "-" + level.name().toLowerCase(Locale.ROOT);
    }

    static Fhir.HealthcareService healthcareService(FacilityView f, ProgramView p) {
        LevelOfCareFacts facts = LevelOfCareFacts.of(p.levelOfCare());
        String levelName = facts.in(Language.EN).name();
        List<Fhir.Extension> extensions = List.of(
                new Fhir.Extension(Fhir.EXT_NEW_PATIENTS, List.of(new Fhir.ExtensionPart("acceptingPatients",
                        concept(Fhir.ACCEPTING_SYSTEM, p.acceptingNewPatients() ? "newpt" : "nopt",
                                p.acceptingNewPatients() ? "Accepting" : "Not Accepting")))),
                new Fhir.Extension(Fhir.EXT_DELIVERY_METHOD, List.of(new Fhir.ExtensionPart("type",
                        concept(Fhir.DELIVERY_SYSTEM, "physical", "Physical")))));
        List<Fhir.CodeableConcept> specialties = p.conditions() == null ? List.of() : p.conditions().stream()
                .map(cond -> concept(Fhir.CONDITION_SYSTEM, cond.name(), conditionName(cond))).toList();
        return new Fhir.HealthcareService("HealthcareService", serviceId(f.id(), p.levelOfCare()),
                meta(Fhir.PROFILE_HEALTHCARE_SERVICE, f.updatedAt()), extensions, !f.closed(), providedBy(f),
                List.of(concept(Fhir.CATEGORY_SYSTEM, "behav", "Behavioral Health")),
                List.of(new Fhir.CodeableConcept(List.of(new Fhir.Coding(Fhir.LEVEL_OF_CARE_SYSTEM, p.levelOfCare().name(),
                        levelName)), levelName)),
                specialties, List.of(new Fhir.Reference("Location/" + f.id(), f.name())), f.name() + ": " + levelName,
                comment(p), telecom(f), availableTime(facts, p));
    }

    static Fhir.Location location(FacilityView f) {
        FacilityView.Address a = f.address();
        List<String> lines = new ArrayList<>();
        if (a.line1() != null) {
            lines.add(a.line1());
        }
        if (a.line2() != null) {
            lines.add(a.line2());
        }
        return new Fhir.Location("Location", f.id().toString(), meta(Fhir.PROFILE_LOCATION, f.updatedAt()),
                f.closed() ? "inactive" : "active", f.name(), telecom(f),
                new Fhir.Address("work", "physical", lines, a.city(), a.state(), a.postalCode(), "US"),
                f.location() == null ? null : new Fhir.Position(f.location().lon(), f.location().lat()), providedBy(f));
    }

    private static Fhir.Organization organization(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        List<Fhir.ContactPoint> telecom = new ArrayList<>();
        if (rs.getString("phone") != null) {
            telecom.add(new Fhir.ContactPoint("phone", rs.getString("phone"), "work"));
        }
        if (rs.getString("website") != null) {
            telecom.add(new Fhir.ContactPoint("url", rs.getString("website"), "work"));
        }
        return new Fhir.Organization("Organization", rs.getObject("id", UUID.class).toString(),
                meta(Fhir.PROFILE_ORGANIZATION, rs.getTimestamp("updated").toInstant()), rs.getBoolean("active"),
                List.of(kind.equals("fac") ? concept(Fhir.ORG_TYPE_SYSTEM, "fac", "Facility")
                        : concept(Fhir.ORG_TYPE_SYSTEM, "prvgrp", "Provider Group")),
                rs.getString("name"), telecom);
    }

    /** The site's brand, or the site itself as its own provider. */
    private static Fhir.Reference providedBy(FacilityView f) {
        return f.organization() != null
                ? new Fhir.Reference("Organization/" + f.organization().id(), f.organization().name())
                : new Fhir.Reference("Organization/" + f.id(), f.name());
    }

    private static Fhir.Meta meta(String profile, Instant updated) {
        return new Fhir.Meta(List.of(profile), DateTimeFormatter.ISO_INSTANT.format(updated));
    }

    private static Fhir.CodeableConcept concept(String system, String code, String display) {
        return new Fhir.CodeableConcept(List.of(new Fhir.Coding(system, code, display)), null);
    }

    private static List<Fhir.ContactPoint> telecom(FacilityView f) {
        List<Fhir.ContactPoint> telecom = new ArrayList<>();
        if (f.phone() != null) {
            telecom.add(new Fhir.ContactPoint("phone", f.phone(), "work"));
        }
        if (f.website() != null) {
            telecom.add(new Fhir.ContactPoint("url", f.website(), "work"));
        }
        return telecom;
    }

    private static List<Fhir.AvailableTime> availableTime(LevelOfCareFacts facts, ProgramView p) {
        if (facts.roundTheClock()) {
            return List.of(new Fhir.AvailableTime(ALL_DAYS, true));
        }
        Set<Schedule> schedules = p.schedules() == null || p.schedules().isEmpty() ? EnumSet.noneOf(Schedule.class)
                : EnumSet.copyOf(p.schedules());
        List<Fhir.AvailableTime> times = new ArrayList<>();
        if (schedules.contains(Schedule.DAY) || schedules.contains(Schedule.EVENING)) {
            times.add(new Fhir.AvailableTime(WEEKDAYS, null));
        }
        if (schedules.contains(Schedule.WEEKEND)) {
            times.add(new Fhir.AvailableTime(List.of("sat", "sun"), null));
        }
        return times;
    }

    private static String comment(ProgramView p) {
        List<String> parts = new ArrayList<>();
        if (p.asamLevel() != null) {
            parts.add("ASAM " + p.asamLevel());
        }
        if (p.schedules() != null && !p.schedules().isEmpty()) {
            parts.add(String.join(", ", p.schedules().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList())
                    + " sessions");
        }
        if (p.hoursPerWeek() != null) {
            parts.add(p.hoursPerWeek().stripTrailingZeros().toPlainString() + " hours a week");
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    static final Map<Condition, String> CONDITION_NAMES = Map.of(Condition.SUBSTANCE_USE, "Substance use",
            Condition.ALCOHOL_USE, "Alcohol use", Condition.OPIOID_USE, "Opioid use", Condition.DEPRESSION, "Depression",
            Condition.ANXIETY, "Anxiety", Condition.BIPOLAR, "Bipolar disorder", Condition.PTSD,
            "Post-traumatic stress disorder", Condition.EATING_DISORDERS, "Eating disorders", Condition.CO_OCCURRING,
            "Co-occurring mental health and substance use");

    public static String conditionName(Condition c) {
        return CONDITION_NAMES.get(c);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
