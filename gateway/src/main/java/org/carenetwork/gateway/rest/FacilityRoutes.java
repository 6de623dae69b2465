package org.carenetwork.gateway.rest;

import static org.carenetwork.gateway.client.PathSegments.encode;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.gateway.client.FacilityBackend;
import org.carenetwork.gateway.client.Passthrough;
import org.carenetwork.gateway.search.PayerFilteredSearch;
import org.carenetwork.vocabulary.PlanType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The catalog, served by facility-service. Roles as api-v1.md gives them. */
@Path("/")
public class FacilityRoutes {

    static final String BACKEND = "facility service";

    @RestClient
    FacilityBackend facilities;

    @Inject
    PayerFilteredSearch payerSearch;

    @GET
    @Path("facilities")
    @PermitAll
    public Uni<Response> search(@Context UriInfo uri) {
        // planType is the gateway's own filter (facility-service does not know it): checked here, with or without payer.
        for (String planType : uri.getQueryParameters().getOrDefault("planType", List.of())) {
            if (Arrays.stream(PlanType.values()).noneMatch(p -> p.name().equalsIgnoreCase(planType.strip()))) {
                throw ProblemException.badField("planType", "must be one of " + Arrays.toString(PlanType.values()));
            }
        }
        if (uri.getQueryParameters().containsKey("payer")) {
            return payerSearch.search(uri.getQueryParameters());
        }
        return Passthrough.relay(BACKEND, () -> facilities.search(uri.getQueryParameters()));
    }

    @GET
    @Path("facilities/{id}")
    @PermitAll
    public Uni<Response> get(@PathParam("id") String id) {
        return Passthrough.relay(BACKEND, () -> facilities.get(encode(id)));
    }

    @POST
    @Path("facilities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Uni<Response> create(byte[] body) {
        return Passthrough.relay(BACKEND, () -> facilities.create(body));
    }

    @PUT
    @Path("facilities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Uni<Response> replace(@PathParam("id") String id, byte[] body) {
        return Passthrough.relay(BACKEND, () -> facilities.replace(encode(id), body));
    }

    @DELETE
    @Path("facilities/{id}")
    @RolesAllowed("ADMIN")
    public Uni<Response> delete(@PathParam("id") String id) {
        return Passthrough.relay(BACKEND, () -> facilities.delete(encode(id)));
    }

    @PUT
    @Path("facilities/{id}/programs/{levelOfCare}/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "ADMISSIONS"})
    public Uni<Response> availability(@PathParam("id") String id, @PathParam("levelOfCare") String levelOfCare,
                                      byte[] body) {
        return Passthrough.relay(BACKEND, () -> facilities.availability(encode(id), encode(levelOfCare), body));
    }

    @POST
    @Path("facilities/import")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("ADMIN")
    public Uni<Response> importDirectory(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                         @Context UriInfo uri, byte[] body) {
        return Passthrough.relay(BACKEND, () -> facilities.importDirectory(contentType, uri.getQueryParameters(), body));
    }

    @POST
    @Path("facilities/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Uni<Response> report(@PathParam("id") String id, byte[] body) {
        return Passthrough.relay(BACKEND, () -> facilities.report(encode(id), body));
    }

    @GET
    @Path("facilities/{id}/reports")
    @RolesAllowed("ADMIN")
    public Uni<Response> reports(@PathParam("id") String id, @Context UriInfo uri) {
        return Passthrough.relay(BACKEND, () -> facilities.reports(encode(id), uri.getQueryParameters()));
    }

    @GET
    @Path("organizations")
    @PermitAll
    public Uni<Response> organizations() {
        return Passthrough.relay(BACKEND, () -> facilities.organizations());
    }
}
