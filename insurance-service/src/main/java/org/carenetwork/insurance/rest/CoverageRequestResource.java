package org.carenetwork.insurance.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.carenetwork.common.problem.Enums;
import org.carenetwork.common.problem.Ids;
import org.carenetwork.common.web.Idempotency;
import org.carenetwork.common.web.Page;
import org.carenetwork.common.web.RequestIds;
import org.carenetwork.insurance.api.CoverageRequestForm;
import org.carenetwork.insurance.api.CoverageRequestViews.Detail;
import org.carenetwork.insurance.api.CoverageRequestViews.StatusUpdate;
import org.carenetwork.insurance.domain.CoverageStatus;
import org.carenetwork.insurance.service.CoverageRequests;

@Path("/coverage-requests")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageRequestResource {

    @Inject
    CoverageRequests requests;

    @Inject
    SecurityIdentity identity;

    /** The website form: anyone may send it; 201 with a receipt (no PHI), the same receipt again for a repeated Idempotency-Key. */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(CoverageRequestForm form, @HeaderParam(Idempotency.KEY_HEADER) String idempotencyKey) {
        CoverageRequests.Submitted submitted = requests.submit(form, idempotencyKey);
        return Idempotency.created(URI.create("/coverage-requests/" + submitted.receipt().id()), submitted.receipt(),
                submitted.replayed());
    }

    @GET
    @RolesAllowed({"ADMISSIONS", "CALL_CENTER"})
    public Page<Detail> list(@QueryParam("status") String status,
                             @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                             @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                             @HeaderParam(RequestIds.HEADER) String requestId) {
        return requests.list(Enums.parse("status", status, CoverageStatus.class), page, size, who(), requestId);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"ADMISSIONS", "CALL_CENTER"})
    public Detail get(@PathParam("id") String id, @HeaderParam(RequestIds.HEADER) String requestId) {
        return requests.read(Ids.uuid("id", id), who(), requestId);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("ADMISSIONS")
    @Consumes(MediaType.APPLICATION_JSON)
    public Detail changeStatus(@PathParam("id") String id, @Valid @NotNull StatusUpdate update,
                               @HeaderParam(RequestIds.HEADER) String requestId) {
        return requests.changeStatus(Ids.uuid("id", id), update.status(), update.note(), who(), requestId);
    }

    private String who() {
        return identity.getPrincipal().getName();
    }
}
