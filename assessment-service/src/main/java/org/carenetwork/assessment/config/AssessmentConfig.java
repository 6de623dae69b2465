package org.carenetwork.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** assessment-service settings; see the module README for each with its default. */
@ConfigMapping(prefix = "assessment")
public interface AssessmentConfig {

    Encryption encryption();

    Retention retention();

    /**
     * Keys for answers at rest. No default: production must be given its keys (from a Secret), so
     * the service does not start without them. Only the dev, test and local profiles carry a fixed,
     * non-secret key in application.properties.
     */
    interface Encryption {

        /** The id of the key new assessments are sealed with; it must be among {@link #keys()}. */
        String currentKeyId();

        /** Key id → base64 of a 32-byte AES-256 key; older ids stay here while their data lives. */
        Map<String, String> keys();
    }

    interface Retention {

        /** Assessments older than this are deleted. */
        @WithDefault("30d")
        Duration maxAge();

        /** How often the purge runs (a Quarkus scheduler interval, e.g. 1h, 15m). */
        @WithDefault("1h")
        String purgeEvery();
    }
}
