package org.carenetwork.assessment.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code assessment} table, in plain JDBC: one statement per operation, and the idempotency
 * race settled by the database ({@code ON CONFLICT} on the unique key) rather than by the service.
 * Answers and results arrive here already encrypted.
 */
@ApplicationScoped
public class AssessmentStore {

    @Inject
    AgroalDataSource db;

    /** A stored assessment; {@code answers} and {@code result} are ciphertexts. */
    record Row(UUID id, Instant createdAt, byte[] accessTokenHash, byte[] answers, byte[] result, String requestFingerprint,
               String createdByPartner) {
    }

    /** False when another assessment already holds the idempotency key. */
    boolean insert(UUID id, Instant createdAt, String idempotencyKey, String requestFingerprint, byte[] tokenHash,
                   byte[] answers, byte[] result, String createdByPartner) {
        String sql = "INSERT INTO assessment (id, created_at, idempotency_key, request_fingerprint, access_token_hash, answers, "
                + "result, created_by_partner) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING";
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            ps.setTimestamp(2, Timestamp.from(createdAt));
            ps.setString(3, idempotencyKey);
            ps.setString(4, idempotencyKey == null ? null : requestFingerprint);
            ps.setBytes(5, tokenHash);
            ps.setBytes(6, answers);
            ps.setBytes(7, result);
            ps.setString(8, createdByPartner);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store an assessment", e);
        }
    }

    Optional<Row> find(UUID id) {
        return one("SELECT id, created_at, access_token_hash, answers, result, request_fingerprint, created_by_partner FROM assessment WHERE id = ?", id);
    }

    Optional<Row> findByIdempotencyKey(String key) {
        return one("SELECT id, created_at, access_token_hash, answers, result, request_fingerprint, created_by_partner FROM assessment WHERE idempotency_key = ?", key);
    }

    void replaceAccessTokenHash(UUID id, byte[] tokenHash) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE assessment SET access_token_hash = ? WHERE id = ?")) {
            ps.setBytes(1, tokenHash);
            ps.setObject(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update an assessment", e);
        }
    }

    /** Deletes assessments created before {@code cutoff}; returns how many. */
    public int deleteCreatedBefore(Instant cutoff) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM assessment WHERE created_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(cutoff));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge assessments", e);
        }
    }

    private Optional<Row> one(String sql, Object parameter) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getBytes(3), rs.getBytes(4), rs.getBytes(5), rs.getString(6), rs.getString(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read assessments", e);
        }
    }
}
