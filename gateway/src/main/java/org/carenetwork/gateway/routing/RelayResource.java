package org.carenetwork.gateway.routing;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.common.web.AnyQueryParameters;
import org.carenetwork.gateway.client.BackendRelay;
import org.carenetwork.gateway.search.PayerFilteredSearch;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Every operation of the services' contracts, served under {@code /api/v1} as the service serves
 * it ({@link RouteTable}): the gateway checks the caller's role against the operation's
 * {@code x-roles} (the service checks again), then relays. Nothing here names a service's route;
 * the gateway's own operations (the care match) are resources of their own, which JAX-RS matches
 * before this one. Hidden from the document: the operations it serves are the services'.
 */
@Path("/{path: .+}")
@PermitAll
@AnyQueryParameters
public class RelayResource {

    @Inject
    RouteTable routes;

    @Inject
    BackendRelay relay;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    PayerFilteredSearch payerSearch;

    @Context
    HttpHeaders headers;

    @Context
    HttpServerRequest request;

    @GET
    @Operation(hidden = true)
    public Uni<Response> get() {
        return serve("GET", null);
    }

    @DELETE
    @Operation(hidden = true)
    public Uni<Response> delete() {
        return serve("DELETE", null);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Uni<Response> post(byte[] body) {
        return serve("POST", body);
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Uni<Response> put(byte[] body) {
        return serve("PUT", body);
    }

    @PATCH
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Uni<Response> patch(byte[] body) {
        return serve("PATCH", body);
    }

    private Uni<Response> serve(String method, byte[] body) {
        PublicPath path = PublicPath.of(request.path(), request.query());
        RouteTable.Match match = routes.match(method, path.segments());
        if (match instanceof RouteTable.MethodNotAllowed wrong) {
            throw new ProblemException(405, "Method not allowed", "Method " + method + " is not allowed on " + path.shown(),
                    List.of(), Map.of("Allow", String.join(", ", wrong.allowed())));
        }
        if (!(match instanceof RouteTable.Found found)) {
            throw new ProblemException(404, "Not found", "No operation of the API has the path " + path.shown());
        }
        Route route = found.route();
        return authorized(route).chain(() -> payerSearch.handles(route, path)
                ? payerSearch.search(route, path, headers)
                : relay.relay(route.backend(), route.carriesFile(), method, path.backendPathAndQuery(), headers, body));
    }

    /** The operation's roles, as its contract names them; the service checks them again. */
    private Uni<Void> authorized(Route route) {
        if (route.roles().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            if (route.roles().stream().noneMatch(identity::hasRole)) {
                throw new ForbiddenException();
            }
            return null;
        });
    }
}
