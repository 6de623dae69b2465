package org.carenetwork.gateway.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per (route class, client): a client may burst up to its per-minute limit and
 * then gets tokens back at limit/60 per second. Idle buckets are swept so the map stays small.
 */
@ApplicationScoped
public class TokenBuckets {

    private static final long IDLE_NANOS = 10L * 60 * 1_000_000_000L;
    private static final int SWEEP_EVERY = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private int sinceSweep;

    @Inject
    RateLimits limits;

    /** The configured limit (requests per minute) for a kind of caller and route. */
    public int limitFor(boolean anonymous, boolean read) {
        if (anonymous) {
            return read ? limits.anonymousRead() : limits.anonymousWrite();
        }
        return read ? limits.read() : limits.write();
    }

    public boolean enabled() {
        return limits.enabled();
    }

    /**
     * What taking a token said: {@code waitSeconds} 0 when the request may go, else the seconds
     * before a token is back; {@code remaining} the whole tokens left after it.
     */
    public record Taken(long waitSeconds, long remaining) {
    }

    public Taken take(String key, int perMinute, long nowNanos) {
        maybeSweep(nowNanos);
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, nowNanos));
        return bucket.take(perMinute, nowNanos);
    }

    private void maybeSweep(long nowNanos) {
        if (++sinceSweep < SWEEP_EVERY) {
            return;
        }
        sinceSweep = 0;
        buckets.values().removeIf(b -> b.idleSince(nowNanos) > IDLE_NANOS);
    }

    int size() {
        return buckets.size();
    }

    static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized Taken take(int perMinute, long now) {
            double perNano = perMinute / 60e9;
            tokens = Math.min(perMinute, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return new Taken(0, (long) Math.floor(tokens));
            }
            return new Taken(Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9)), 0);
        }

        synchronized long idleSince(long now) {
            return now - last;
        }
    }
}
