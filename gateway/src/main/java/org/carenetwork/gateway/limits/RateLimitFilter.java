package org.carenetwork.gateway.limits;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.carenetwork.common.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies the {@link RateLimits} after authentication, so a client is counted by who it is rather
 * than where it connects from; anonymous callers are counted by IP address (behind a proxy,
 * enable quarkus.http.proxy forwarding so this is the caller's address, not the proxy's).
 */
public class RateLimitFilter {

    @Inject
    TokenBuckets buckets;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 50)
    public Uni<Response> limit(ContainerRequestContext context, ResourceInfo resource, HttpServerRequest request) {
        if (!buckets.enabled()) {
            return Uni.createFrom().nullItem();
        }
        boolean read = isRead(context.getMethod(), resource);
        return identities.getDeferredIdentity().map(identity -> {
            String client;
            int perMinute;
            if (identity.isAnonymous()) {
                client = "ip:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
            } else {
                client = "id:" + identity.getPrincipal().getName();
            }
            perMinute = buckets.limitFor(identity.isAnonymous(), read);
            long wait = buckets.take((read ? "r|" : "w|") + client, perMinute, System.nanoTime());
            if (wait > 0) {
                throw new ProblemException(429, "Too many requests",
                        "Rate limit of " + perMinute + " requests per minute reached; retry after " + wait + " s",
                        List.of(), Map.of("Retry-After", Long.toString(wait)));
            }
            return null;
        });
    }

    private static boolean isRead(String method, ResourceInfo resource) {
        RouteClass declared = resource == null || resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RouteClass.class);
        if (declared != null) {
            return declared.value() == RouteClass.Kind.READ;
        }
        return "GET".equals(method) || "HEAD".equals(method);
    }
}
