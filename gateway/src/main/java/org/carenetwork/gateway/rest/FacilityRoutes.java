package org.carenetwork.gateway.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.carenetwork.gateway.client.FacilityBackend;
import org.carenetwork.gateway.client.Passthrough;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/facilities")
@Produces(MediaType.APPLICATION_JSON)
public class FacilityRoutes {

    private static final String BACKEND = "facility service";

    @RestClient
    FacilityBackend facilities;

    @GET
    @PermitAll
    public Response search(@Context UriInfo uri) {
        return Passthrough.relay(BACKEND, () -> facilities.search(uri.getQueryParameters()));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public Response get(@PathParam("id") String id) {
        return Passthrough.relay(BACKEND, () -> facilities.get(id));
    }
}
