package org.carenetwork.assessment.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.carenetwork.common.crypto.FieldCipher;
import org.junit.jupiter.api.Test;

/** Production has no encryption key by default and does not start without one; keys come from the environment. */
class ConfigTests {

    static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Test
    void prodProfile_withoutKeys_refusesToStart_namingTheSetting() throws IOException {
        ConfigValidationException e = assertThrows(ConfigValidationException.class,
                () -> config("prod", Map.of()).getConfigMapping(AssessmentConfig.class));
        assertTrue(e.getMessage().contains("assessment.encryption.current-key-id"), e.getMessage());
    }

    @Test
    void keys_fromEnvironmentVariables_openAFieldCipher() throws IOException {
        AssessmentConfig config = config("prod", Map.of("ASSESSMENT_ENCRYPTION_CURRENT_KEY_ID", "prod1",
                "ASSESSMENT_ENCRYPTION_KEYS_PROD1", KEY)).getConfigMapping(AssessmentConfig.class);
        assertEquals("prod1", config.encryption().currentKeyId());
        FieldCipher cipher = new FieldCipher(config.encryption().currentKeyId(), config.encryption().keys());
        assertEquals("x", cipher.decrypt(cipher.encrypt("x", "a"), "a"));
    }

    @Test
    void retention_defaultsTo30Days_hourly() throws IOException {
        AssessmentConfig config = config("test", Map.of()).getConfigMapping(AssessmentConfig.class);
        assertEquals(Duration.ofDays(30), config.retention().maxAge());
        assertEquals("1h", config.retention().purgeEvery());
    }

    private static SmallRyeConfig config(String profile, Map<String, String> env) throws IOException {
        URL properties = ConfigTests.class.getClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, 250))
                .withSources(new EnvConfigSource(env, 300))
                // Quarkus's own converter, which reads "30d" as the service does.
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(AssessmentConfig.class)
                .withValidateUnknown(false)
                .build();
    }
}
