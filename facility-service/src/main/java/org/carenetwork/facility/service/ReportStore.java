package org.carenetwork.facility.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.common.web.Page;
import org.carenetwork.facility.api.ReportInput;
import org.carenetwork.facility.api.ReportStatusUpdate;
import org.carenetwork.facility.api.ReportView;
import org.carenetwork.facility.domain.ReportReason;
import org.carenetwork.facility.domain.ReportStatus;
import org.carenetwork.vocabulary.LevelOfCare;

/**
 * Listing reports: callers' flags on wrong listings and staff's work on them. A report moves
 * {@code OPEN → CONFIRMED | FIXED | DISMISSED}, {@code CONFIRMED → FIXED}, each step kept with who,
 * when and why. While a report is CONFIRMED, what it found changes the catalog's answers: a closed
 * site leaves search (and reads say {@code closed}), a disconnected number is withheld. The
 * facility row carries that effect ({@code closed}, {@code disconnected_phones}), set in the
 * transaction of the step, so a search never looks at reports.
 */
@ApplicationScoped
public class ReportStore {

    private static final String COLUMNS = "r.id, r.facility_id, r.reason, r.level_of_care, r.note, r.reported_by, "
            + "r.created_at, r.status";

    @Inject
    AgroalDataSource dataSource;

    /** Files a report on a live listing, OPEN; null when there is no such listing. */
    @Transactional
    public ReportView file(UUID facilityId, ReportInput in, String reportedBy) {
        String sql = """
                WITH filed AS (
                    INSERT INTO listing_report (id, facility_id, reason, level_of_care, note, reported_by)
                    SELECT ?, id, ?, ?, ?, ? FROM facility WHERE id = ? AND deleted_at IS NULL
                    RETURNING id, reported_by, created_at)
                INSERT INTO listing_report_change (report_id, from_status, to_status, changed_by, changed_at)
                SELECT id, NULL, 'OPEN', reported_by, created_at FROM filed RETURNING report_id""";
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            s.setString(2, in.reason().name());
            s.setString(3, in.levelOfCare() == null ? null : in.levelOfCare().name());
            s.setString(4, in.note() == null || in.note().isBlank() ? null : in.note().strip());
            s.setString(5, reportedBy);
            s.setObject(6, facilityId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
            }
            return read(c, facilityId, id).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One report of a facility (a removed facility's too); empty when the facility has no such report. */
    public Optional<ReportView> find(UUID facilityId, UUID reportId) {
        try (Connection c = dataSource.getConnection()) {
            return read(c, facilityId, reportId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Oldest first, with the total: one facility's reports ({@code facilityId} not null; null when
     * the facility never existed), or the queue across facilities. {@code statuses} empty: all.
     */
    public Page<ReportView> list(UUID facilityId, Set<ReportStatus> statuses, int page, int size) {
        StringBuilder where = new StringBuilder("true");
        List<Object> params = new ArrayList<>();
        if (facilityId != null) {
            where.append(" AND r.facility_id = ?");
            params.add(facilityId);
        }
        try (Connection c = dataSource.getConnection()) {
            if (facilityId != null && !facilityExists(c, facilityId)) {
                return null;
            }
            if (!statuses.isEmpty()) {
                where.append(" AND r.status = ANY(?)");
                params.add(c.createArrayOf("text", statuses.stream().map(Enum::name).toArray()));
            }
            String sql = "SELECT " + COLUMNS + ", count(*) OVER () AS total FROM listing_report r WHERE " + where
                    + " ORDER BY r.created_at, r.id LIMIT ? OFFSET ?";
            List<ReportView> items = new ArrayList<>();
            long total = 0;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = bind(s, params);
                s.setInt(i++, size);
                s.setLong(i, (long) page * size);
                Map<UUID, Row> rows = new LinkedHashMap<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getObject("id", UUID.class), row(rs));
                        total = rs.getLong("total");
                    }
                }
                Map<UUID, List<ReportView.Change>> histories = histories(c, rows.keySet());
                rows.forEach((id, row) -> items.add(row.view(histories.get(id))));
            }
            if (items.isEmpty() && page > 0) {
                // Past the last page the window count has no row to ride on: count on its own.
                try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM listing_report r WHERE " + where)) {
                    bind(s, params);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        total = rs.getLong(1);
                    }
                }
            }
            return new Page<>(items, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Moves a report to its next status, kept with who, when and the note; a step the workflow does
     * not have is a 409 naming both statuses, and changes nothing. The facility row is locked first
     * (as a catalog write locks it), so steps of one facility's reports, and catalog writes, queue.
     */
    @Transactional
    public ReportView changeStatus(UUID facilityId, UUID reportId, ReportStatusUpdate update, String by) {
        try (Connection c = dataSource.getConnection()) {
            String phone;
            try (PreparedStatement s = c.prepareStatement("SELECT phone FROM facility WHERE id = ? FOR UPDATE")) {
                s.setObject(1, facilityId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw notFound(facilityId, reportId);
                    }
                    phone = rs.getString(1);
                }
            }
            ReportStatus current;
            ReportReason reason;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT status, reason FROM listing_report WHERE id = ? AND facility_id = ? FOR UPDATE")) {
                s.setObject(1, reportId);
                s.setObject(2, facilityId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw notFound(facilityId, reportId);
                    }
                    current = ReportStatus.valueOf(rs.getString(1));
                    reason = ReportReason.valueOf(rs.getString(2));
                }
            }
            ReportStatus target = update.status();
            if (!current.canMoveTo(target)) {
                throw illegalStep(reportId, current, target);
            }
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE listing_report SET status = ?,
                        confirmed_phone = CASE WHEN ? THEN ? ELSE confirmed_phone END
                    WHERE id = ?""")) {
                boolean confirmsPhone = target == ReportStatus.CONFIRMED && reason == ReportReason.PHONE_DISCONNECTED;
                s.setString(1, target.name());
                s.setBoolean(2, confirmsPhone);
                s.setString(3, phone);
                s.setObject(4, reportId);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO listing_report_change (report_id, from_status, to_status, changed_by, note)
                    VALUES (?, ?, ?, ?, ?)""")) {
                s.setObject(1, reportId);
                s.setString(2, current.name());
                s.setString(3, target.name());
                s.setString(4, by);
                s.setString(5, update.note().strip());
                s.executeUpdate();
            }
            if (reason == ReportReason.CLOSED || reason == ReportReason.PHONE_DISCONNECTED) {
                applyEffects(c, facilityId);
            }
            return read(c, facilityId, reportId).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the facility's CONFIRMED reports say, onto its row: closed while a CONFIRMED CLOSED report
     * is about the site (not one program), and the numbers CONFIRMED PHONE_DISCONNECTED reports found
     * dead. Its version moves when that changes: its representation did, and caches and If-Match
     * must see it.
     */
    private static void applyEffects(Connection c, UUID facilityId) throws SQLException {
        String sql = """
                WITH effect AS (
                    SELECT EXISTS (SELECT 1 FROM listing_report r WHERE r.facility_id = ? AND r.status = 'CONFIRMED'
                                     AND r.reason = 'CLOSED' AND r.level_of_care IS NULL) AS closed,
                           ARRAY(SELECT DISTINCT r.confirmed_phone FROM listing_report r
                                 WHERE r.facility_id = ? AND r.status = 'CONFIRMED' AND r.reason = 'PHONE_DISCONNECTED'
                                   AND r.confirmed_phone IS NOT NULL ORDER BY 1) AS phones)
                UPDATE facility f SET closed = e.closed, disconnected_phones = e.phones, version = f.version + 1,
                    updated_at = now()
                FROM effect e
                WHERE f.id = ? AND (f.closed, f.disconnected_phones) IS DISTINCT FROM (e.closed, e.phones)""";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, facilityId);
            s.setObject(2, facilityId);
            s.setObject(3, facilityId);
            s.executeUpdate();
        }
    }

    private static ProblemException illegalStep(UUID reportId, ReportStatus current, ReportStatus target) {
        String allowed = current.next().isEmpty() ? "none: it is closed"
                : current.next().stream().map(Enum::name).collect(Collectors.joining(", "));
        String message = "a " + current + " report cannot become " + target + " (from " + current + ": " + allowed + ")";
        return new ProblemException(409, "Conflict", "Report " + reportId + " is " + current + ": " + message,
                List.of(new Problem.FieldError("status", message)), Map.of());
    }

    private static ProblemException notFound(UUID facilityId, UUID reportId) {
        return new ProblemException(404, "Not found", "Facility " + facilityId + " has no report " + reportId);
    }

    private static Optional<ReportView> read(Connection c, UUID facilityId, UUID reportId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM listing_report r WHERE r.id = ? AND r.facility_id = ?")) {
            s.setObject(1, reportId);
            s.setObject(2, facilityId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Row row = row(rs);
                return Optional.of(row.view(histories(c, List.of(reportId)).get(reportId)));
            }
        }
    }

    private static boolean facilityExists(Connection c, UUID facilityId) throws SQLException {
        try (PreparedStatement e = c.prepareStatement("SELECT 1 FROM facility WHERE id = ?")) {
            e.setObject(1, facilityId);
            try (ResultSet rs = e.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The histories of these reports, each in the order of its steps: one statement for a page. */
    private static Map<UUID, List<ReportView.Change>> histories(Connection c, Collection<UUID> ids) throws SQLException {
        Map<UUID, List<ReportView.Change>> histories = new LinkedHashMap<>();
        ids.forEach(id -> histories.put(id, new ArrayList<>()));
        if (ids.isEmpty()) {
            return histories;
        }
        try (PreparedStatement s = c.prepareStatement("""
                SELECT report_id, from_status, to_status, changed_by, changed_at, note FROM listing_report_change
                WHERE report_id = ANY(?) ORDER BY report_id, id""")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString("from_status");
                    histories.get(rs.getObject("report_id", UUID.class)).add(new ReportView.Change(
                            from == null ? null : ReportStatus.valueOf(from), ReportStatus.valueOf(rs.getString("to_status")),
                            rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant(), rs.getString("note")));
                }
            }
        }
        return histories;
    }

    private static int bind(PreparedStatement s, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            s.setObject(i++, p);
        }
        return i;
    }

    /** A report's own columns, before its history joins it. */
    private record Row(UUID id, UUID facilityId, ReportReason reason, LevelOfCare levelOfCare, String note,
                       String reportedBy, java.time.Instant createdAt, ReportStatus status) {
        ReportView view(List<ReportView.Change> history) {
            return new ReportView(id, facilityId, reason, levelOfCare, note, reportedBy, createdAt, status, history);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        String level = rs.getString("level_of_care");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("facility_id", UUID.class),
                ReportReason.valueOf(rs.getString("reason")), level == null ? null : LevelOfCare.valueOf(level),
                rs.getString("note"), rs.getString("reported_by"), rs.getTimestamp("created_at").toInstant(),
                ReportStatus.valueOf(rs.getString("status")));
    }
}
