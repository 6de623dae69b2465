package org.carenetwork.insurance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** insurance-service settings; see the README for each with its environment variable. */
@ConfigMapping(prefix = "insurance")
public interface InsuranceConfig {

    Encryption encryption();

    Retention retention();

    /**
     * Keys for PHI at rest. There is deliberately no default: a production start without a key
     * fails, instead of sealing PHI with a key that is in the repository.
     */
    interface Encryption {

        /** The key id new values are sealed with; must be one of {@link #keys()}. */
        String currentKeyId();

        /** Key id → base64 of 32 random bytes. Old ids stay listed so older values still open. */
        Map<String, String> keys();
    }

    interface Retention {

        /** How long a closed (CONTACTED) request is kept before the purge deletes it. */
        @WithDefault("P365D")
        Duration closedRequests();

        /** When the purge runs (Quartz-style cron, or {@code off}). */
        @WithDefault("0 30 3 * * ?")
        String cron();
    }
}
