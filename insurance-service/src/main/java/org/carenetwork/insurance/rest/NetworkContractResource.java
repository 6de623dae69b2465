package org.carenetwork.insurance.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.carenetwork.common.problem.Enums;
import org.carenetwork.common.problem.Ids;
import org.carenetwork.common.web.Page;
import org.carenetwork.insurance.api.ContractRequest;
import org.carenetwork.insurance.api.ContractView;
import org.carenetwork.insurance.client.Facilities;
import org.carenetwork.insurance.service.Contracts;
import org.carenetwork.insurance.service.Dates;
import org.carenetwork.vocabulary.LevelOfCare;

/** Network contracts: ADMIN only. The caller picks the id, so a retried PUT cannot make a second contract. */
@Path("/network-contracts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class NetworkContractResource {

    @Inject
    Contracts contracts;

    @Inject
    Facilities facilities;

    @Inject
    SecurityIdentity identity;

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, @Valid @NotNull ContractRequest body) {
        UUID contractId = Ids.uuid("id", id);
        Dates.fourDigitYear("effectiveFrom", body.effectiveFrom());
        Dates.fourDigitYear("effectiveTo", body.effectiveTo());
        facilities.requireExists(body.facilityId(), "facilityId");
        Contracts.Saved saved = contracts.put(contractId, body, identity.getPrincipal().getName());
        return Response.status(saved.created() ? 201 : 200).entity(saved.contract()).build();
    }

    @GET
    @Path("/{id}")
    public ContractView get(@PathParam("id") String id) {
        return contracts.get(Ids.uuid("id", id));
    }

    @GET
    public Page<ContractView> list(@QueryParam("payer") @Size(max = 100) String payer,
                                   @QueryParam("facilityId") String facilityId,
                                   @QueryParam("levelOfCare") String levelOfCare,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        UUID facility = facilityId == null ? null : Ids.uuid("facilityId", facilityId);
        return contracts.list(payer, facility, Enums.parse("levelOfCare", levelOfCare, LevelOfCare.class), page, size);
    }
}
