package org.carenetwork.gateway.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Requests per minute per client (API key client, token subject, or IP address for anonymous
 * callers), by route class. Limits hold per gateway replica.
 */
@ConfigMapping(prefix = "gateway.rate-limit")
public interface RateLimits {

    @WithDefault("true")
    boolean enabled();

    /** Anonymous reads: search, facility detail, instruments, scoring, care matches. */
    @WithDefault("300")
    int anonymousRead();

    /** Anonymous writes (coverage requests, assessments): tight, they create records. */
    @WithDefault("20")
    int anonymousWrite();

    /** Reads by an authenticated client. */
    @WithDefault("1200")
    int read();

    /** Writes by an authenticated client. */
    @WithDefault("300")
    int write();
}
