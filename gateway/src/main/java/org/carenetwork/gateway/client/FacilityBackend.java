package org.carenetwork.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** facility-service, passed through: the gateway does not read these bodies. */
@RegisterRestClient(configKey = "facility-service")
@RegisterClientHeaders
@Path("/facilities")
public interface FacilityBackend {

    @GET
    Response search(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/{id}")
    Response get(@PathParam("id") String id);
}
