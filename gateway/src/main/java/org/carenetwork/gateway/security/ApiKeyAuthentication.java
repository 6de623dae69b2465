package org.carenetwork.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Authenticates machine clients by {@code X-Api-Key}. The presented key is hashed and compared
 * with every configured hash in constant time, so neither the comparison nor the loop tells an
 * attacker how close a guess was. The keys are the configured ones ({@link ApiKeys}) and those of
 * the keys file ({@link ApiKeyFile}), which can change while the gateway runs. A request without the
 * header is left to the bearer-token mechanism.
 */
@ApplicationScoped
public class ApiKeyAuthentication implements HttpAuthenticationMechanism {

    public static final String HEADER = "X-Api-Key";
    public static final String CLIENT_ATTRIBUTE = "apiKeyClient";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String key = context.request().getHeader(HEADER);
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        return identityProviderManager.authenticate(new Request(key));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "ApiKey"));
    }

    @Override
    public Set<Class<? extends io.quarkus.security.identity.request.AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Request.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, HEADER));
    }

    /** The presented key, before it is checked. */
    public static final class Request extends BaseAuthenticationRequest {
        final String key;

        Request(String key) {
            this.key = key;
        }
    }

    /** Checks a presented key against the configured hashes. */
    @ApplicationScoped
    public static class Provider implements IdentityProvider<Request> {

        @Inject
        ApiKeys apiKeys;

        @Inject
        ApiKeyFile apiKeyFile;

        @Override
        public Class<Request> getRequestType() {
            return Request.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Request request, AuthenticationRequestContext context) {
            byte[] presented = sha256(request.key);
            Map.Entry<String, ApiKeys.Client> match = null;
            for (Map.Entry<String, ApiKeys.Client> client : apiKeys.clients().entrySet()) {
                byte[] expected = HexFormat.of().parseHex(client.getValue().sha256().trim().toLowerCase());
                if (MessageDigest.isEqual(presented, expected) && match == null) {
                    match = client;
                }
            }
            String matched = match == null ? null : match.getKey();
            Set<String> roles = match == null ? Set.of() : match.getValue().roles();
            for (Map.Entry<String, ApiKeyFile.Client> client : apiKeyFile.clients().entrySet()) {
                if (MessageDigest.isEqual(presented, client.getValue().sha256()) && matched == null) {
                    matched = client.getKey();
                    roles = client.getValue().roles();
                }
            }
            if (matched == null) {
                return Uni.createFrom().failure(new AuthenticationFailedException("unknown API key"));
            }
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("apikey:" + matched))
                    .addRoles(roles)
                    .addAttribute(CLIENT_ATTRIBUTE, matched)
                    .build());
        }
    }

    public static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
