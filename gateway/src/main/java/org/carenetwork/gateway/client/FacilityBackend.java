package org.carenetwork.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** facility-service, passed through: the gateway relays these bodies without reading them. */
@RegisterRestClient(configKey = "facility-service")
@RegisterClientHeaders(ForwardedHeaders.class)
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, successThreshold = 2)
@Bulkhead(value = 256, waitingTaskQueue = 512)
public interface FacilityBackend {

    @GET
    @Path("/facilities")
    Uni<Response> search(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/facilities/{id}")
    Uni<Response> get(@Encoded @PathParam("id") String id);

    @POST
    @Path("/facilities")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> create(byte[] body);

    @PUT
    @Path("/facilities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> replace(@Encoded @PathParam("id") String id, byte[] body);

    @DELETE
    @Path("/facilities/{id}")
    Uni<Response> delete(@Encoded @PathParam("id") String id);

    @PUT
    @Path("/facilities/{id}/programs/{levelOfCare}/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> availability(@Encoded @PathParam("id") String id, @Encoded @PathParam("levelOfCare") String levelOfCare, byte[] body);

    @POST
    @Path("/facilities/import")
    @Consumes(MediaType.WILDCARD)
    @Timeout(120_000)
    Uni<Response> importDirectory(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                  @RestQuery MultivaluedMap<String, String> query, byte[] body);

    @POST
    @Path("/facilities/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> report(@Encoded @PathParam("id") String id, byte[] body);

    @GET
    @Path("/facilities/{id}/reports")
    Uni<Response> reports(@Encoded @PathParam("id") String id, @RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/organizations")
    Uni<Response> organizations();
}
