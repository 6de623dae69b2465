package org.carenetwork.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

/** insurance-service: passed through, and asked by the care match for network status in one batch. */
@RegisterRestClient(configKey = "insurance-service")
@RegisterClientHeaders(ForwardedHeaders.class)
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, successThreshold = 2)
@Bulkhead(value = 256, waitingTaskQueue = 512)
public interface InsuranceBackend {

    @GET
    @Path("/payers")
    Uni<Response> payers(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/payers/{id}")
    Uni<Response> payer(@Encoded @PathParam("id") String id);

    @POST
    @Path("/network-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> networkChecks(byte[] body);

    @GET
    @Path("/network-contracts")
    Uni<Response> contracts(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/network-contracts/{id}")
    Uni<Response> contract(@Encoded @PathParam("id") String id);

    @PUT
    @Path("/network-contracts/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putContract(@Encoded @PathParam("id") String id, byte[] body);

    @POST
    @Path("/coverage-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> submitCoverageRequest(byte[] body);

    @GET
    @Path("/coverage-requests")
    Uni<Response> coverageRequests(@RestQuery MultivaluedMap<String, String> query);

    @GET
    @Path("/coverage-requests/{id}")
    Uni<Response> coverageRequest(@Encoded @PathParam("id") String id);

    @PATCH
    @Path("/coverage-requests/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> updateCoverageRequest(@Encoded @PathParam("id") String id, byte[] body);
}
