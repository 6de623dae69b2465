package org.carenetwork.gateway.rest;

import static org.carenetwork.gateway.client.PathSegments.encode;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.carenetwork.gateway.client.AssessmentBackend;
import org.carenetwork.gateway.client.Passthrough;
import org.carenetwork.gateway.limits.RouteClass;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Screeners and assessments, served by assessment-service. Reading an assessment is allowed to
 * CALL_CENTER, ADMISSIONS or the holder of its access token (X-Assessment-Token), which only the
 * service can check, so the gateway lets the call through and the service decides.
 */
@Path("/")
public class AssessmentRoutes {

    static final String BACKEND = "assessment service";

    @RestClient
    AssessmentBackend assessments;

    @GET
    @Path("instruments")
    @PermitAll
    public Uni<Response> instruments() {
        return Passthrough.relay(BACKEND, () -> assessments.instruments());
    }

    @GET
    @Path("instruments/{code}")
    @PermitAll
    public Uni<Response> instrument(@PathParam("code") String code) {
        return Passthrough.relay(BACKEND, () -> assessments.instrument(encode(code)));
    }

    @POST
    @Path("instruments/{code}/score")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @RouteClass(RouteClass.Kind.READ)
    public Uni<Response> score(@PathParam("code") String code, byte[] body) {
        return Passthrough.relay(BACKEND, () -> assessments.score(encode(code), body));
    }

    @GET
    @Path("assessments/questions")
    @PermitAll
    public Uni<Response> questions() {
        return Passthrough.relay(BACKEND, () -> assessments.questions());
    }

    @POST
    @Path("assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Uni<Response> create(byte[] body) {
        return Passthrough.relay(BACKEND, () -> assessments.create(body));
    }

    @GET
    @Path("assessments/{id}")
    @PermitAll
    public Uni<Response> get(@PathParam("id") String id) {
        return Passthrough.relay(BACKEND, () -> assessments.get(encode(id)));
    }
}
