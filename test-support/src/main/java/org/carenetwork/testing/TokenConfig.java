package org.carenetwork.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * For an application under test that has no database but checks tokens (the gateway): trust
 * {@link TestTokens}, and sign internal tokens with the same test key.
 */
public class TokenConfig implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(TestTokens.verificationConfig());
        config.put("smallrye.jwt.sign.key", TestTokens.privateKeyPem());
        return config;
    }

    @Override
    public void stop() {
        // nothing to release
    }
}
