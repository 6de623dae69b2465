package org.carenetwork.gateway.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Machine clients' API keys, kept as configuration (a Secret in production): for each client,
 * the SHA-256 of its key (hex) and its roles. The key itself is never stored; mint one with
 * {@code deploy/local/apikey.sh}.
 *
 * <pre>
 * gateway.api-keys.clients.helpline.sha256=4f1c...
 * gateway.api-keys.clients.helpline.roles=PARTNER
 * </pre>
 */
@ConfigMapping(prefix = "gateway.api-keys")
public interface ApiKeys {

    /** Client name → its key's hash and roles. */
    Map<String, Client> clients();

    /** A file of more client lines, read again when it changes ({@link ApiKeyFile}). */
    Optional<String> file();

    /** Lifetime of the internal token an API-key caller is forwarded with. */
    @WithDefault("60")
    int internalTokenSeconds();

    interface Client {
        /** Hex SHA-256 of the key. */
        String sha256();

        Set<String> roles();
    }
}
