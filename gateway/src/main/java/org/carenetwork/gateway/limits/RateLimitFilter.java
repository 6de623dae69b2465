package org.carenetwork.gateway.limits;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.gateway.routing.PublicPath;
import org.carenetwork.gateway.routing.RouteTable;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies the {@link RateLimits} after authentication, so a client is counted by who it is rather
 * than where it connects from; anonymous callers are counted by IP address (behind a proxy,
 * enable quarkus.http.proxy forwarding so this is the caller's address, not the proxy's). A read
 * is a GET, or an operation the contract marks as computing only ({@code x-computes-only}, or
 * {@link RouteClass} on the gateway's own). Every answer says where the client stands
 * ({@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset}).
 */
public class RateLimitFilter {

    private static final String STANDING = RateLimitFilter.class.getName() + ".standing";

    @Inject
    TokenBuckets buckets;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    RouteTable routes;

    private record Standing(int limit, TokenBuckets.Taken taken) {
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 50)
    public Uni<Response> limit(ContainerRequestContext context, ResourceInfo resource, HttpServerRequest request) {
        if (!buckets.enabled()) {
            return Uni.createFrom().nullItem();
        }
        boolean read = isRead(context.getMethod(), resource, request);
        return identities.getDeferredIdentity().map(identity -> {
            String client = identity.isAnonymous()
                    ? "ip:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress())
                    : "id:" + identity.getPrincipal().getName();
            int perMinute = buckets.limitFor(identity.isAnonymous(), read);
            TokenBuckets.Taken taken = buckets.take((read ? "r|" : "w|") + client, perMinute, System.nanoTime());
            context.setProperty(STANDING, new Standing(perMinute, taken));
            if (taken.waitSeconds() > 0) {
                throw new ProblemException(429, "Too many requests",
                        "Rate limit of " + perMinute + " requests per minute reached; retry after " + taken.waitSeconds() + " s",
                        List.of(), Map.of("Retry-After", Long.toString(taken.waitSeconds()),
                                "RateLimit-Limit", Integer.toString(perMinute), "RateLimit-Remaining", "0",
                                "RateLimit-Reset", Long.toString(taken.waitSeconds())));
            }
            return null;
        });
    }

    @ServerResponseFilter
    public void standing(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STANDING) instanceof Standing s && !response.getHeaders().containsKey("RateLimit-Limit")) {
            response.getHeaders().putSingle("RateLimit-Limit", Integer.toString(s.limit()));
            response.getHeaders().putSingle("RateLimit-Remaining", Long.toString(s.taken().remaining()));
            response.getHeaders().putSingle("RateLimit-Reset", Long.toString(s.taken().waitSeconds()));
        }
    }

    private boolean isRead(String method, ResourceInfo resource, HttpServerRequest request) {
        RouteClass declared = resource == null || resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RouteClass.class);
        if (declared != null) {
            return declared.value() == RouteClass.Kind.READ;
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            try {
                if (routes.match(method, PublicPath.of(request.path(), null).segments()) instanceof RouteTable.Found found) {
                    return found.route().isRead();
                }
            } catch (ProblemException malformedPath) {
                return false;
            }
        }
        return "GET".equals(method) || "HEAD".equals(method);
    }
}
