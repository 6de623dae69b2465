package org.carenetwork.gateway.rest;

import static org.carenetwork.gateway.client.PathSegments.encode;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.carenetwork.gateway.client.InsuranceBackend;
import org.carenetwork.gateway.client.Passthrough;
import org.carenetwork.gateway.limits.RouteClass;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Payers, contracts, network checks and the coverage-request queue, served by insurance-service. */
@Path("/")
public class InsuranceRoutes {

    static final String BACKEND = "insurance service";

    @RestClient
    InsuranceBackend insurance;

    @GET
    @Path("payers")
    @PermitAll
    public Uni<Response> payers(@Context UriInfo uri) {
        return Passthrough.relay(BACKEND, () -> insurance.payers(uri.getQueryParameters()));
    }

    @GET
    @Path("payers/{id}")
    @PermitAll
    public Uni<Response> payer(@PathParam("id") String id) {
        return Passthrough.relay(BACKEND, () -> insurance.payer(encode(id)));
    }

    @POST
    @Path("network-checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @RouteClass(RouteClass.Kind.READ)
    public Uni<Response> networkChecks(byte[] body) {
        return Passthrough.relay(BACKEND, () -> insurance.networkChecks(body));
    }

    @GET
    @Path("network-contracts")
    @RolesAllowed("ADMIN")
    public Uni<Response> contracts(@Context UriInfo uri) {
        return Passthrough.relay(BACKEND, () -> insurance.contracts(uri.getQueryParameters()));
    }

    @GET
    @Path("network-contracts/{id}")
    @RolesAllowed("ADMIN")
    public Uni<Response> contract(@PathParam("id") String id) {
        return Passthrough.relay(BACKEND, () -> insurance.contract(encode(id)));
    }

    @PUT
    @Path("network-contracts/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Uni<Response> putContract(@PathParam("id") String id, byte[] body) {
        return Passthrough.relay(BACKEND, () -> insurance.putContract(encode(id), body));
    }

    @POST
    @Path("coverage-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Uni<Response> submitCoverageRequest(byte[] body) {
        return Passthrough.relay(BACKEND, () -> insurance.submitCoverageRequest(body));
    }

    @GET
    @Path("coverage-requests")
    @RolesAllowed({"ADMISSIONS", "CALL_CENTER"})
    public Uni<Response> coverageRequests(@Context UriInfo uri) {
        return Passthrough.relay(BACKEND, () -> insurance.coverageRequests(uri.getQueryParameters()));
    }

    @GET
    @Path("coverage-requests/{id}")
    @RolesAllowed({"ADMISSIONS", "CALL_CENTER"})
    public Uni<Response> coverageRequest(@PathParam("id") String id) {
        return Passthrough.relay(BACKEND, () -> insurance.coverageRequest(encode(id)));
    }

    @PATCH
    @Path("coverage-requests/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMISSIONS")
    public Uni<Response> updateCoverageRequest(@PathParam("id") String id, byte[] body) {
        return Passthrough.relay(BACKEND, () -> insurance.updateCoverageRequest(encode(id), body));
    }
}
