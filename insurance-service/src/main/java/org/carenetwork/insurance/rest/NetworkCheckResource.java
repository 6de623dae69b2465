package org.carenetwork.insurance.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carenetwork.common.openapi.ContractExtensions;
import org.carenetwork.insurance.api.NetworkCheckRequest;
import org.carenetwork.insurance.api.NetworkCheckResponse;
import org.carenetwork.insurance.service.Dates;
import org.carenetwork.insurance.service.NetworkChecks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/network-checks")
@Tag(name = OperationText.TAG)
public class NetworkCheckResource {

    @Inject
    NetworkChecks checks;

    /** One result per facility and level; a read, so 200 and nothing stored. */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkNetwork", summary = "In-network status per facility and level",
            description = OperationText.ANYONE + "\n"
                    + "The network's own contract list decides, not the insurer (a 271 eligibility answer rarely tells "
                    + "network status reliably): one result per facility and level of care. Without `facilityIds`, every "
                    + "facility that has any network contract (at most " + NetworkCheckRequest.MAX_FACILITIES + "; past that "
                    + "many, name them, else 422); without `levelOfCare`, all seven levels; without `planType`, a "
                    + "contract for any plan type of the payer counts; without `asOf`, today in the network's time zone "
                    + "(America/New_York). Contract dates are inclusive at both ends; a contract without `effectiveTo` "
                    + "is open-ended.\n\n"
                    + "`IN_NETWORK`: a contract for the payer (and plan type) covers the facility and level on `asOf`; "
                    + "the dates are that contract's. `OUT_OF_NETWORK`: the payer is known and the network has contracts "
                    + "on file for the facility, but none of this payer covers that day; the dates are the next "
                    + "contract's if one starts later, else the last ended one's, else null. `UNKNOWN`: the payer is not "
                    + "recognised, the plan type is not one the payer offers, or no payer's contract is on file for the "
                    + "facility (an imported directory listing: the network cannot tell \"not contracted\" from \"not "
                    + "recorded\"); no dates.\n\n"
                    + "A read: nothing is stored, so it is rate-limited as one.",
            // On the operation itself: a method-level @Extension would land on its responses too.
            extensions = @Extension(name = ContractExtensions.COMPUTES_ONLY, value = "true", parseValue = true))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NetworkCheckRequest.class),
            examples = @ExampleObject(name = "one-site-iop", summary = "One facility, IOP, Aetna PPO, on a given day",
                    value = """
                            {"payer": "aetna", "planType": "PPO", "facilityIds": ["5f0c1a52-7c1e-4a8e-9b0e-000000000101"], \
                            "levelOfCare": "IOP", "asOf": "2026-11-22"}""")))
    @APIResponse(responseCode = "200", description = "The question as understood, and one result per facility and level.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NetworkCheckResponse.class),
                    examples = @ExampleObject(name = "one-site-iop", summary = "In network, open-ended", value = """
                            {"payer": "aetna", "planType": "PPO", "asOf": "2026-11-22", "results": [{"facilityId": \
                            "5f0c1a52-7c1e-4a8e-9b0e-000000000101", "levelOfCare": "IOP", "status": "IN_NETWORK", \
                            "reason": "In network: contracted with Aetna PPO for IOP from 2026-01-01 with no end date", \
                            "effectiveFrom": "2026-01-01", "effectiveTo": null}]}""")))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public NetworkCheckResponse check(@Valid @NotNull NetworkCheckRequest request) {
        Dates.fourDigitYear("asOf", request.asOf());
        return checks.check(request);
    }
}
