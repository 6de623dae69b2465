package org.carenetwork.referral.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** facility-service, asked whether a facility exists and which levels it runs (anonymous {@code GET /facilities/{id}}). */
@RegisterRestClient(configKey = "facility-service")
@Path("/facilities")
public interface FacilityService {

    @GET
    @Path("/{id}")
    Response facility(@PathParam("id") UUID id);
}
