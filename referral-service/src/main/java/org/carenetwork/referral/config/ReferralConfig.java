package org.carenetwork.referral.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** referral-service settings; see the README for each with its environment variable. */
@ConfigMapping(prefix = "referral")
public interface ReferralConfig {

    Encryption encryption();

    Retention retention();

    Webhooks webhooks();

    /**
     * Keys for PHI and webhook secrets at rest. There is deliberately no default: a production
     * start without a key fails, instead of sealing PHI with a key that is in the repository.
     */
    interface Encryption {

        /** The key id new values are sealed with; must be one of {@link #keys()}. */
        String currentKeyId();

        /** Key id → base64 of 32 random bytes. Old ids stay listed so older values still open. */
        Map<String, String> keys();
    }

    interface Retention {

        /** How long a closed referral (REJECTED, COMPLETED, FAILED, CANCELLED) is kept before the purge deletes it. */
        @WithDefault("P365D")
        Duration closedReferrals();

        /** When the purge runs (Quartz-style cron, or {@code off}). */
        @WithDefault("0 40 3 * * ?")
        String cron();
    }

    interface Webhooks {

        /**
         * Whether a subscription may name {@code http://127.0.0.1}, {@code http://localhost} or
         * {@code http://[::1]} (a receiver on the same machine): the dev, test and local profiles
         * only. Without it every URL must be https and resolve to public addresses.
         */
        @WithDefault("false")
        boolean allowHttpLoopback();

        /** The wait after the first failed attempt; it doubles after each further one, up to {@link #backoffMax()}. */
        @WithDefault("PT30S")
        Duration backoffBase();

        @WithDefault("PT1H")
        Duration backoffMax();

        /** How long after the change a delivery is still tried; past that it is given up. */
        @WithDefault("PT24H")
        Duration retryFor();

        /** How often the worker looks for deliveries due ({@code off} to stop it). */
        @WithDefault("2s")
        String pollEvery();

        /** How many deliveries one worker run claims at a time. */
        @WithDefault("20")
        int batchSize();

        /** Connect and answer timeout of one delivery attempt. */
        @WithDefault("PT5S")
        Duration requestTimeout();

        /**
         * How long a claimed delivery is reserved for the worker that claimed it: if that worker dies
         * before recording the attempt, another one takes it again after this (at-least-once).
         */
        @WithDefault("PT5M")
        Duration claimLease();

        /** The most subscriptions one partner may keep. */
        @WithDefault("20")
        int maxSubscriptionsPerOwner();
    }
}
