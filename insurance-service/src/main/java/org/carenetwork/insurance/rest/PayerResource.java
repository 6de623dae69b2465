package org.carenetwork.insurance.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.common.web.Page;
import org.carenetwork.insurance.api.PayerView;
import org.carenetwork.insurance.domain.ApiText;
import org.carenetwork.insurance.domain.Payer;
import org.carenetwork.insurance.service.Payers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/payers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OperationText.TAG, description = OperationText.TAG_DESCRIPTION)
public class PayerResource {

    @Inject
    Payers payers;

    /** The payer list, or those matching {@code q} (name, alias, typo one letter off), best first. */
    @GET
    @PermitAll
    @Operation(operationId = "searchPayers", summary = "Find a payer", description = OperationText.ANYONE + """

            Without `q`, every payer in the list's own order (the commercial payers first, then Ohio Medicaid and its \
            managed-care plans). With `q`, the payers whose id, name or an alias matches, best first: `q` is compared \
            ignoring case, punctuation, spacing and filler words ("of", "insurance", "plan"). A payer scores by its \
            best name: 100 for the same words ("united healthcare" is UnitedHealthcare, so is "UHC"), 90 for the start \
            of a name ("aet"), 85 for one letter off a whole name ("aetan", "cigma"), up to 80 by the share of typed \
            words found in a name (a word one letter off counts ¾); below 30 a payer is left out, and ties keep the \
            list's order. So "blue cross" gives BCBS then Anthem, "bcbs of ohio" gives Anthem (Ohio's Blue Cross Blue \
            Shield licensee) then BCBS, and "medicaid" gives Ohio Medicaid then its managed-care plans.

            Everywhere else a payer is named (`payer` in network checks, contracts and the coverage form), the \
            service takes our id or exactly one of the names or aliases: fuzzy matching is for this search only.""")
    @APIResponse(responseCode = "200", description = "One page of payers, best match first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PayerPage"),
                    examples = @ExampleObject(name = "blue-cross", summary = "What people type for Blue Cross",
                            value = """
                                    {"items": [{"id": "bcbs", "name": "Blue Cross Blue Shield", "aliases": ["BCBS", \
                                    "Blue Cross", "Blue Shield", "Blue Cross and Blue Shield", "BlueCard", "The Blues"], \
                                    "ediPayerIds": [], "planTypes": ["PPO", "HMO", "EPO", "POS", "MEDICARE_ADVANTAGE"]}, \
                                    {"id": "anthem", "name": "Anthem Blue Cross and Blue Shield", "aliases": ["Anthem", \
                                    "Anthem BCBS", "Anthem Blue Cross", "Blue Cross Blue Shield of Ohio", "BCBS of Ohio", \
                                    "Elevance Health", "Anthem Medicaid"], "ediPayerIds": [], "planTypes": ["PPO", "HMO", \
                                    "EPO", "POS", "MEDICAID", "MEDICARE_ADVANTAGE"]}], "page": 0, "size": 20, "total": 2}""")))
    public Page<PayerView> search(@Parameter(description = "Words of the payer's id, name or an alias; absent or blank: "
                                          + "every payer.", example = "blue cross")
                                  @QueryParam("q") @Size(max = 100) String q,
                                  @Parameter(description = OperationText.PAGE) @QueryParam("page") @DefaultValue("0")
                                  @Min(0) @Max(OperationText.MAX_PAGE) int page,
                                  @Parameter(description = OperationText.SIZE) @QueryParam("size") @DefaultValue("20")
                                  @Min(1) @Max(100) int size) {
        List<PayerView> found = payers.search(q).stream().map(PayerView::of).toList();
        int from = (int) Math.min((long) page * size, found.size());
        return new Page<>(found.subList(from, Math.min(from + size, found.size())), page, size, found.size());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getPayer", summary = "One payer", description = OperationText.ANYONE + """

            By our id only (names and aliases are for `GET /payers?q=`); an id we do not have is a 404.""")
    @APIResponse(responseCode = "200", description = "The payer.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayerView.class),
                    examples = @ExampleObject(name = "aetna", summary = "Aetna", value = """
                            {"id": "aetna", "name": "Aetna", "aliases": ["Aetna Health", "Aetna CVS Health", \
                            "Aetna Medicare", "Aetna Behavioral Health"], "ediPayerIds": ["60054"], \
                            "planTypes": ["PPO", "HMO", "EPO", "POS", "MEDICARE_ADVANTAGE"]}""")))
    public PayerView get(@Parameter(description = "Our id for the payer, from `GET /payers`.", example = "aetna",
                                 schema = @Schema(type = SchemaType.STRING,
                                         maxLength = 64, pattern = ApiText.PAYER_ID_PATTERN))
                         @PathParam("id") String id) {
        return Payer.<Payer>findByIdOptional(id).map(PayerView::of)
                .orElseThrow(() -> ProblemException.notFound("Payer", id));
    }
}
