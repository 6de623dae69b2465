package org.carenetwork.referral.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carenetwork.referral.domain.Backoff;

/**
 * The deliveries owed, in the database: claimed a batch at a time ({@code FOR UPDATE SKIP LOCKED},
 * so workers on several replicas never take the same row) with a lease instead of a lock held over
 * the HTTP call, and each attempt recorded in its own transaction with the next one scheduled.
 */
@ApplicationScoped
public class WebhookQueue {

    private static final String CLAIM = """
            WITH due AS (
                SELECT id FROM webhook_delivery
                WHERE state = 'PENDING' AND next_attempt_at <= ?
                ORDER BY next_attempt_at, id
                LIMIT ?
                FOR UPDATE SKIP LOCKED)
            UPDATE webhook_delivery d SET next_attempt_at = ?
            FROM due, referral_event e, webhook_subscription s
            WHERE d.id = due.id AND e.id = d.event_id AND s.id = d.subscription_id
            RETURNING d.id, d.attempts, d.created_at, e.id, e.type, e.payload, s.id, s.url, s.secret
            """;

    @Inject
    AgroalDataSource dataSource;

    /** One delivery taken by a worker, with what sending it needs. */
    public record Claim(long deliveryId, int attempts, Instant createdAt, UUID eventId, String eventType, String payload,
                        UUID subscriptionId, String url, byte[] sealedSecret) {
    }

    /** What one attempt gave: the receiver's HTTP status, or why there was none. */
    public record Result(Integer statusCode, String error) {
        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /** Takes up to {@code limit} deliveries due at {@code now}, reserving them until {@code now + lease}. */
    @Transactional
    public List<Claim> claim(Instant now, int limit, Duration lease) {
        List<Claim> claims = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(CLAIM)) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setInt(2, limit);
            s.setTimestamp(3, Timestamp.from(now.plus(lease)));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    claims.add(new Claim(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                            rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class),
                            rs.getString(8), rs.getBytes(9)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim webhook deliveries", e);
        }
        return claims;
    }

    /**
     * Records the attempt and what follows: delivered on a 2xx; else the next attempt by the
     * back-off, or given up once the retry period is over. A delivery whose subscription was
     * deleted meanwhile is gone, and nothing is recorded.
     *
     * @return the outcome recorded, or empty when the delivery no longer exists
     */
    @Transactional
    public Optional<String> record(Claim claim, Result result, Instant now, Backoff backoff) {
        try (Connection c = dataSource.getConnection()) {
            int attempts;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT attempts FROM webhook_delivery WHERE id = ? AND state = 'PENDING' FOR UPDATE")) {
                s.setLong(1, claim.deliveryId());
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    attempts = rs.getInt(1) + 1;
                }
            }
            String outcome;
            Instant next = null;
            if (result.delivered()) {
                outcome = "DELIVERED";
            } else {
                next = backoff.nextAttempt(claim.createdAt(), attempts, now).orElse(null);
                outcome = next == null ? "GAVE_UP" : "RETRYING";
            }
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE webhook_delivery SET attempts = ?, state = ?, next_attempt_at = ?, delivered_at = ?
                    WHERE id = ?""")) {
                s.setInt(1, attempts);
                s.setString(2, outcome.equals("RETRYING") ? "PENDING" : outcome);
                s.setTimestamp(3, next == null ? null : Timestamp.from(next));
                s.setTimestamp(4, result.delivered() ? Timestamp.from(now) : null);
                s.setLong(5, claim.deliveryId());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, status_code, error, outcome, next_attempt_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                s.setLong(1, claim.deliveryId());
                s.setInt(2, attempts);
                s.setTimestamp(3, Timestamp.from(now));
                s.setObject(4, result.statusCode());
                s.setString(5, result.error());
                s.setString(6, outcome);
                s.setTimestamp(7, next == null ? null : Timestamp.from(next));
                s.executeUpdate();
            }
            return Optional.of(outcome);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a webhook delivery attempt", e);
        }
    }
}
