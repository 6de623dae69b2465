package org.carenetwork.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carenetwork.gateway.carematch.CareMatchRequest;
import org.carenetwork.gateway.carematch.CareMatchResponse;
import org.carenetwork.gateway.carematch.CareMatchService;
import org.carenetwork.gateway.limits.RouteClass;

@Path("/care-matches")
public class CareMatchResource {

    @Inject
    CareMatchService careMatches;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @RouteClass(RouteClass.Kind.READ)
    public Uni<CareMatchResponse> match(@Valid @NotNull CareMatchRequest request) {
        return careMatches.match(request);
    }
}
