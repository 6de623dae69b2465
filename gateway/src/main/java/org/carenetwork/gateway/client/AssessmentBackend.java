package org.carenetwork.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** assessment-service: passed through, and read by the care match for an assessment's recommendation. */
@RegisterRestClient(configKey = "assessment-service")
@RegisterClientHeaders(ForwardedHeaders.class)
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, successThreshold = 2)
@Bulkhead(value = 256, waitingTaskQueue = 512)
public interface AssessmentBackend {

    @GET
    @Path("/instruments")
    Uni<Response> instruments();

    @GET
    @Path("/instruments/{code}")
    Uni<Response> instrument(@Encoded @PathParam("code") String code);

    @POST
    @Path("/instruments/{code}/score")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> score(@Encoded @PathParam("code") String code, byte[] body);

    @GET
    @Path("/assessments/questions")
    Uni<Response> questions();

    @POST
    @Path("/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> create(byte[] body);

    @GET
    @Path("/assessments/{id}")
    Uni<Response> get(@Encoded @PathParam("id") String id);
}
