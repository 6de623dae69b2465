package org.carenetwork.gateway.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Credentials that are presented must be valid, on every route: a wrong token or an unknown API
 * key is a 401 even where an anonymous caller would be served, so a misconfigured client finds
 * out at once instead of silently losing its role. An API key is then exchanged for an internal
 * token, which is what travels to the services.
 */
public class CredentialGate {

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    InternalTokens internalTokens;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Response> checkCredentials(ContainerRequestContext request) {
        boolean bearer = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        boolean apiKey = request.getHeaderString(ApiKeyAuthentication.HEADER) != null;
        if (!bearer && !apiKey) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous()) {
                throw new io.quarkus.security.AuthenticationFailedException("credentials not accepted");
            }
            if (isApiKeyIdentity(identity)) {
                request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, internalTokens.bearerFor(identity));
                request.getHeaders().remove(ApiKeyAuthentication.HEADER);
            }
            return null;
        });
    }

    static boolean isApiKeyIdentity(SecurityIdentity identity) {
        return identity.getAttribute(ApiKeyAuthentication.CLIENT_ATTRIBUTE) != null;
    }
}
