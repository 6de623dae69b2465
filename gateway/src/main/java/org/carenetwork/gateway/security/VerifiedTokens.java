package org.carenetwork.gateway.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.MpJwtValidator;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers the bearer tokens already verified, for a short while. A caller sends the same token
 * with every call, and verifying it (parsing the claims, the RSA signature) was a fifth of the
 * gateway's CPU time per search (bench/README.md). The key is the whole token, signature
 * included, so only the exact bytes once verified are answered from here; an entry is used only
 * until the token expires and for at most {@link #MAX_AGE_MILLIS}, so a change of the issuer's
 * key is seen within that time. Tokens that fail are never remembered. Runs before smallrye-jwt's
 * validator and hands every token it does not know to it: the validator has the interface's
 * default priority (1001), so this one's must be above that (at 1000 it was never asked, and
 * every call was verified again).
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    static final long MAX_AGE_MILLIS = 30_000;
    static final int MAX_ENTRIES = 10_000;

    private record Entry(SecurityIdentity identity, long validUntilMillis) {
    }

    private final ConcurrentHashMap<String, Entry> verified = new ConcurrentHashMap<>();

    @Inject
    MpJwtValidator validator;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        long now = System.currentTimeMillis();
        Entry known = verified.get(token);
        if (known != null) {
            if (now < known.validUntilMillis) {
                return Uni.createFrom().item(known.identity);
            }
            verified.remove(token, known);
        }
        return validator.authenticate(request, context).invoke(identity -> remember(token, identity, now));
    }

    /** How many verified tokens are remembered now. */
    int remembered() {
        return verified.size();
    }

    private void remember(String token, SecurityIdentity identity, long now) {
        if (identity == null || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        long until = Math.min(now + MAX_AGE_MILLIS, jwt.getExpirationTime() * 1000);
        if (until <= now) {
            return;
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(token, new Entry(identity, until));
    }
}
