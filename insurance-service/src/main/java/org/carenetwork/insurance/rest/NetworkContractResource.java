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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Network contracts: ADMIN only. The caller picks the id, so a retried PUT cannot make a second contract. */
@Path("/network-contracts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = OperationText.TAG)
public class NetworkContractResource {

    private static final String ID = "The contract's id, chosen by the caller (a UUID), so a retried PUT cannot make a "
            + "second contract.";
    private static final String CONTRACT_EXAMPLE = """
            {"id": "5c22bc70-4f64-e79d-091f-5c745cc2fa3c", "payer": "aetna", "planType": "PPO", \
            "facilityId": "5f0c1a52-7c1e-4a8e-9b0e-000000000101", "levelOfCare": "IOP", "effectiveFrom": "2026-01-01", \
            "effectiveTo": null, "updatedAt": "2026-11-22T14:05:00Z", "updatedBy": "admin@carenet.example", "version": 0}""";

    @Inject
    Contracts contracts;

    @Inject
    Facilities facilities;

    @Inject
    SecurityIdentity identity;

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putNetworkContract", summary = "Create or replace a network contract", description = """
            Roles: ADMIN.

            Creates the contract with this id (201) or replaces it (200), all fields at once. `payer` is resolved to \
            our id (an unknown payer is a 422), `planType` must be one the payer offers (422), `effectiveTo`, when \
            given, not before `effectiveFrom` (422), and `facilityId` a facility of facility-service's catalog \
            (422). Dates overlapping another contract of the same payer, plan type, facility and level are a 409 \
            whose detail names that contract (adjacent dates are fine). When facility-service cannot be asked, the \
            write is refused with 503 and `Retry-After`: a contract is never stored unchecked.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContractRequest.class),
            examples = @ExampleObject(name = "open-ended", summary = "Aetna PPO for IOP at one site, from 2026",
                    value = """
                            {"payer": "aetna", "planType": "PPO", "facilityId": "5f0c1a52-7c1e-4a8e-9b0e-000000000101", \
                            "levelOfCare": "IOP", "effectiveFrom": "2026-01-01"}""")))
    @APIResponse(responseCode = "201", description = "The contract, created.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class),
                    examples = @ExampleObject(name = "created", summary = "A new open-ended contract",
                            value = CONTRACT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The contract, replaced (`version` bumped).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response put(@Parameter(description = ID, example = "5c22bc70-4f64-e79d-091f-5c745cc2fa3c",
                                schema = @Schema(implementation = UUID.class))
                        @PathParam("id") String id,
                        @Valid @NotNull ContractRequest body) {
        UUID contractId = Ids.uuid("id", id);
        Dates.fourDigitYear("effectiveFrom", body.effectiveFrom());
        Dates.fourDigitYear("effectiveTo", body.effectiveTo());
        facilities.requireExists(body.facilityId(), "facilityId");
        Contracts.Saved saved = contracts.put(contractId, body, identity.getPrincipal().getName());
        return Response.status(saved.created() ? 201 : 200).entity(saved.contract()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNetworkContract", summary = "One network contract", description = "Roles: ADMIN.")
    @APIResponse(responseCode = "200", description = "The contract.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class),
                    examples = @ExampleObject(name = "open-ended", summary = "An open-ended contract",
                            value = CONTRACT_EXAMPLE)))
    public ContractView get(@Parameter(description = ID, example = "5c22bc70-4f64-e79d-091f-5c745cc2fa3c",
                                    schema = @Schema(implementation = UUID.class))
                            @PathParam("id") String id) {
        return contracts.get(Ids.uuid("id", id));
    }

    @GET
    @Operation(operationId = "listNetworkContracts", summary = "The network contracts", description = """
            Roles: ADMIN.

            Which payer and plan type each facility and level is contracted for, between which dates; by payer, \
            facility, level, plan type and first day.""")
    @APIResponse(responseCode = "200", description = "One page of contracts.")
    public Page<ContractView> list(@Parameter(description = "Only this payer's contracts: our id, or exactly one of its "
                                           + "names or aliases; a payer we do not know matches no contract.",
                                           example = "aetna")
                                   @QueryParam("payer") @Size(max = 100) String payer,
                                   @Parameter(description = "Only this facility's contracts.",
                                           schema = @Schema(implementation = UUID.class))
                                   @QueryParam("facilityId") String facilityId,
                                   @Parameter(description = "Only contracts for this level (any case).",
                                           schema = @Schema(implementation = LevelOfCare.class))
                                   @QueryParam("levelOfCare") String levelOfCare,
                                   @Parameter(description = OperationText.PAGE) @QueryParam("page") @DefaultValue("0")
                                   @Min(0) @Max(OperationText.MAX_PAGE) int page,
                                   @Parameter(description = OperationText.SIZE) @QueryParam("size") @DefaultValue("20")
                                   @Min(1) @Max(100) int size) {
        UUID facility = facilityId == null ? null : Ids.uuid("facilityId", facilityId);
        return contracts.list(payer, facility, Enums.parse("levelOfCare", levelOfCare, LevelOfCare.class), page, size);
    }
}
