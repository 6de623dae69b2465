package org.carenetwork.facility.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carenetwork.common.web.Page;
import org.carenetwork.facility.api.ReportInput;
import org.carenetwork.facility.api.ReportView;
import org.carenetwork.facility.domain.ReportReason;
import org.carenetwork.vocabulary.LevelOfCare;

/** Listing reports: callers' flags on wrong listings, for the admins to work through. */
@ApplicationScoped
public class ReportStore {

    @Inject
    AgroalDataSource dataSource;

    /** Files a report on a live listing; null when there is no such listing. */
    public ReportView file(UUID facilityId, ReportInput in, String reportedBy) {
        String sql = """
                INSERT INTO listing_report (id, facility_id, reason, level_of_care, note, reported_by)
                SELECT ?, id, ?, ?, ?, ? FROM facility WHERE id = ? AND deleted_at IS NULL
                RETURNING id, facility_id, reason, level_of_care, note, reported_by, created_at""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, in.reason().name());
            s.setString(3, in.levelOfCare() == null ? null : in.levelOfCare().name());
            s.setString(4, in.note() == null || in.note().isBlank() ? null : in.note().strip());
            s.setString(5, reportedBy);
            s.setObject(6, facilityId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? view(rs) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Newest first, with the total; null when the facility never existed. */
    public Page<ReportView> list(UUID facilityId, int page, int size) {
        String sql = """
                SELECT r.id, r.facility_id, r.reason, r.level_of_care, r.note, r.reported_by, r.created_at,
                       count(*) OVER () AS total
                FROM listing_report r WHERE r.facility_id = ? ORDER BY r.created_at DESC, r.id LIMIT ? OFFSET ?""";
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement e = c.prepareStatement("SELECT 1 FROM facility WHERE id = ?")) {
                e.setObject(1, facilityId);
                try (ResultSet rs = e.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                }
            }
            List<ReportView> items = new ArrayList<>();
            long total = 0;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, facilityId);
                s.setInt(2, size);
                s.setLong(3, (long) page * size);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.add(view(rs));
                        total = rs.getLong("total");
                    }
                }
            }
            if (items.isEmpty() && page > 0) {
                try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM listing_report WHERE facility_id = ?")) {
                    s.setObject(1, facilityId);
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

    private static ReportView view(ResultSet rs) throws SQLException {
        String level = rs.getString("level_of_care");
        return new ReportView(rs.getObject("id", UUID.class), rs.getObject("facility_id", UUID.class),
                ReportReason.valueOf(rs.getString("reason")), level == null ? null : LevelOfCare.valueOf(level),
                rs.getString("note"), rs.getString("reported_by"), rs.getTimestamp("created_at").toInstant());
    }
}
