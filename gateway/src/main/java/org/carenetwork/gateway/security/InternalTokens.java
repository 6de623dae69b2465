package org.carenetwork.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exchanges an API-key identity for a short-lived JWT carrying its roles, so the services behind
 * the gateway check one kind of credential. Tokens are reused until a few seconds before expiry:
 * signing on every request would cost more than the request.
 */
@ApplicationScoped
public class InternalTokens {

    @Inject
    ApiKeys apiKeys;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public String bearerFor(SecurityIdentity identity) {
        String client = identity.getAttribute(ApiKeyAuthentication.CLIENT_ATTRIBUTE);
        Instant now = Instant.now();
        Cached cached = cache.get(client);
        if (cached == null || cached.refreshAfter.isBefore(now)) {
            int lifetime = apiKeys.internalTokenSeconds();
            String token = Jwt.issuer(issuer)
                    .subject(identity.getPrincipal().getName())
                    .upn(identity.getPrincipal().getName())
                    .groups(identity.getRoles())
                    .claim("client", client)
                    .expiresIn(lifetime)
                    .sign();
            cached = new Cached("Bearer " + token, now.plusSeconds(Math.max(1, lifetime - 10)));
            cache.put(client, cached);
        }
        return cached.header;
    }

    private record Cached(String header, Instant refreshAfter) {
    }
}
