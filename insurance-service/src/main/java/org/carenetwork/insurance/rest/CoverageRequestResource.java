package org.carenetwork.insurance.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.UUID;
import org.carenetwork.common.problem.Enums;
import org.carenetwork.common.problem.Ids;
import org.carenetwork.common.web.Idempotency;
import org.carenetwork.common.web.Page;
import org.carenetwork.common.web.RequestIds;
import org.carenetwork.insurance.api.CoverageRequestForm;
import org.carenetwork.insurance.api.CoverageRequestViews.Detail;
import org.carenetwork.insurance.api.CoverageRequestViews.Receipt;
import org.carenetwork.insurance.api.CoverageRequestViews.StatusUpdate;
import org.carenetwork.insurance.domain.ApiText;
import org.carenetwork.insurance.domain.CoverageStatus;
import org.carenetwork.insurance.service.CoverageRequests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/coverage-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OperationText.TAG)
public class CoverageRequestResource {

    private static final String ID = "The coverage request's id.";
    private static final String ID_EXAMPLE = "9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String WORKFLOW = "`RECEIVED → IN_REVIEW → VERIFIED | NOT_COVERED | NEEDS_INFO → CONTACTED`";
    /** A request as staff read it, in review: its history so far, no closedAt (left out while open). */
    private static final String IN_REVIEW_EXAMPLE = """
            {"id": "9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "status": "IN_REVIEW", "receivedAt": "2026-11-22T14:03:05.123Z", \
            "updatedAt": "2026-11-22T14:30:00.000Z", "channel": "CALL_CENTER", \
            "submittedBy": {"subject": "callcenter-cal", "role": "CALL_CENTER"}, "seekingCareFor": "LOVED_ONE", \
            "firstName": "Jordan", "lastName": "Example", "dateOfBirth": "2009-04-12", "phone": "+14195550100", \
            "email": "jordan@example.com", "preferredContact": "PHONE", "payer": "aetna", "planType": "PPO", \
            "memberId": "W123456789", "groupNumber": "0012345", "subscriberRelationship": "CHILD", \
            "policyHolder": {"firstName": "Alex", "lastName": "Example", "dateOfBirth": "1975-09-30"}, \
            "facilityId": "5f0c1a52-7c1e-4a8e-9b0e-000000000101", "levelOfCare": "IOP", \
            "assessmentId": "3c1d6f0e-2b7a-4e59-9d41-8a6b5c4d3e2f", \
            "network": {"facilityId": "5f0c1a52-7c1e-4a8e-9b0e-000000000101", "levelOfCare": "IOP", \
            "status": "IN_NETWORK", "reason": "In network: contracted with Aetna PPO for IOP from 2026-01-01 with no end date", \
            "effectiveFrom": "2026-01-01", "effectiveTo": null}, "assignee": "admissions-ann", \
            "assignedAt": "2026-11-22T14:30:00.000Z", "consent": {"text": "I agree that the admissions team may \
            contact me about my insurance benefits.", "agreedAt": "2026-11-22T14:03:00.000Z", \
            "recordedAt": "2026-11-22T14:03:05.123Z"}, "history": [{"from": null, "to": "RECEIVED", "by": "callcenter-cal", \
            "at": "2026-11-22T14:03:05.123Z", "note": null}, {"from": "RECEIVED", "to": "IN_REVIEW", \
            "by": "admissions-ann", "at": "2026-11-22T14:30:00.000Z", "note": "Calling the payer's provider line."}], \
            "version": 1}""";
    /** The same request verified, with the benefits the payer confirmed. */
    private static final String VERIFIED_EXAMPLE = """
            {"id": "9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "status": "VERIFIED", "receivedAt": "2026-11-22T14:03:05.123Z", \
            "updatedAt": "2026-11-22T15:10:00.000Z", "channel": "WEB", "seekingCareFor": "SELF", \
            "firstName": "Jordan", "lastName": "Example", "dateOfBirth": "1990-04-12", "phone": "+14195550100", \
            "preferredContact": "PHONE", "payer": "aetna", "planType": "PPO", "memberId": "W123456789", \
            "subscriberRelationship": "SELF", "facilityId": "5f0c1a52-7c1e-4a8e-9b0e-000000000101", "levelOfCare": "IOP", \
            "assignee": "admissions-ann", "assignedAt": "2026-11-22T14:30:00.000Z", \
            "benefits": {"inNetwork": true, "deductible": 1500.00, "deductibleRemaining": 650.00, "copay": 40.00, \
            "coinsurancePercent": 20, "outOfPocketMax": 6000.00, "authorizationRequired": true, "levelOfCare": "IOP"}, \
            "consent": {"text": "I agree that the admissions team may contact me about my insurance benefits.", \
            "agreedAt": "2026-11-22T14:03:00.000Z", "recordedAt": "2026-11-22T14:03:05.123Z"}, \
            "history": [{"from": null, "to": "RECEIVED", "by": "website form", "at": "2026-11-22T14:03:05.123Z", \
            "note": null}, {"from": "RECEIVED", "to": "IN_REVIEW", "by": "admissions-ann", \
            "at": "2026-11-22T14:30:00.000Z", "note": null}, {"from": "IN_REVIEW", "to": "VERIFIED", \
            "by": "admissions-ann", "at": "2026-11-22T15:10:00.000Z", "note": "Benefits confirmed with the payer's \
            provider line; authorization needed before admission."}], "version": 3}""";

    @Inject
    CoverageRequests requests;

    @Inject
    SecurityIdentity identity;

    /** The website form: anyone may send it; 201 with a receipt (no PHI), the same receipt again for a repeated Idempotency-Key. */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitCoverageRequest", summary = "Ask for a coverage check (the website form)",
            description = OperationText.ANYONE + """

                    The website form, anonymous; any signed-in caller may send it too.

                    A verification-of-benefits request: the admissions team reviews the benefits and calls back; the \
                    insurer is not contacted by the form. `consent.agreed` must be true, with the text the person \
                    agreed to and when. Every problem with the form is reported at once (400, each field named). The \
                    answer is a receipt without the personal details sent, with the network answer (as of the day of \
                    submission, stored with the request) when both `facilityId` and `levelOfCare` are given. The \
                    personal details (names, date of birth, phone, email, member id, group number, the policy \
                    holder's name and date of birth) are encrypted at rest, never logged, and shown only to ADMISSIONS \
                    and CALL_CENTER, each read audited.

                    The request records who sent it and the channel from the caller's credentials: none is the \
                    website form (`WEB`); a CALL_CENTER or ADMISSIONS token is `CALL_CENTER`, PARTNER `PARTNER`, \
                    ADMIN `STAFF`, each with the token's subject. Credentials that are sent must be valid (else 401). \
                    `policyHolder` is required when `subscriberRelationship` is not `SELF` and refused when it is. \
                    The phone number is stored in E.164.

                    With an `Idempotency-Key`, the same key and body return the first request's receipt (201 again, \
                    `Idempotent-Replayed: true`) instead of a second request, also when both arrive at once; the same \
                    key with another body is a 422 naming `Idempotency-Key`.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CoverageRequestForm.class),
            examples = {@ExampleObject(name = "loved-one-iop", summary = "Asking for IOP at one site, Aetna PPO", value = """
                    {"seekingCareFor": "LOVED_ONE", "firstName": "Jordan", "lastName": "Example", \
                    "dateOfBirth": "1990-04-12", "phone": "+1-419-555-0100", "email": "jordan@example.com", \
                    "preferredContact": "PHONE", "payer": "aetna", "planType": "PPO", "memberId": "W123456789", \
                    "groupNumber": "0012345", "subscriberRelationship": "SELF", \
                    "facilityId": "5f0c1a52-7c1e-4a8e-9b0e-000000000101", "levelOfCare": "IOP", \
                    "consent": {"agreed": true, "text": "I agree that the admissions team may contact me about my \
                    insurance benefits.", "agreedAt": "2026-11-22T14:03:00Z"}}"""),
            @ExampleObject(name = "call-center-child", summary = "Taken by the call center for a child on a parent's plan",
                    value = """
                    {"seekingCareFor": "LOVED_ONE", "firstName": "Jordan", "lastName": "Example", \
                    "dateOfBirth": "2009-04-12", "phone": "(419) 555-0100", "preferredContact": "PHONE", \
                    "payer": "aetna", "planType": "PPO", "memberId": "W123456789", "subscriberRelationship": "CHILD", \
                    "policyHolder": {"firstName": "Alex", "lastName": "Example", "dateOfBirth": "1975-09-30"}, \
                    "facilityId": "5f0c1a52-7c1e-4a8e-9b0e-000000000101", "levelOfCare": "IOP", \
                    "consent": {"agreed": true, "text": "I agree that the admissions team may contact me about my \
                    insurance benefits.", "agreedAt": "2026-11-22T14:03:00Z"}}""")}))
    @APIResponse(responseCode = "201", description = "Received (or, for a repeated `Idempotency-Key` with the same body, "
            + "the first request's receipt again); `Location` names the request.",
            headers = {
                    @Header(name = "Location", description = "Where the request is (for staff): an absolute URL, "
                            + "built from the address the service was called at, ending in `/coverage-requests/{id}`.",
                            schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2000,
                                    pattern = "/coverage-requests/[0-9a-f-]{36}$",
                                    example = "https://api.carenet.example/coverage-requests/9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")),
                    @Header(name = Idempotency.REPLAYED_HEADER, description = "`true` when this is the receipt of an "
                            + "earlier request with the same `Idempotency-Key` and body, else `false`.",
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class),
                    examples = @ExampleObject(name = "in-network", summary = "Received, with the network answer", value = """
                            {"id": "9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "status": "RECEIVED", \
                            "receivedAt": "2026-11-22T14:03:05.123Z", "payer": "aetna", "planType": "PPO", \
                            "facilityId": "5f0c1a52-7c1e-4a8e-9b0e-000000000101", "levelOfCare": "IOP", \
                            "network": {"facilityId": "5f0c1a52-7c1e-4a8e-9b0e-000000000101", "levelOfCare": "IOP", \
                            "status": "IN_NETWORK", "reason": "In network: contracted with Aetna PPO for IOP from \
                            2026-01-01 with no end date", "effectiveFrom": "2026-01-01", "effectiveTo": null}}""")))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response submit(JsonNode form,
                           @Parameter(description = "A key the caller makes per logical request (8 to 200 letters, "
                                   + "digits or `._:-`): a retry with the same key and body returns the first receipt, "
                                   + "not a second request; the same key with another body is refused with 422.",
                                   example = "1f6e2b0c-5d3a-4c9e-8b7a-6f5e4d3c2b1a",
                                   schema = @Schema(type = SchemaType.STRING, minLength = 8, maxLength = 200,
                                           pattern = ApiText.IDEMPOTENCY_KEY_PATTERN))
                           @HeaderParam(Idempotency.KEY_HEADER) String idempotencyKey) {
        CoverageRequests.Submitted submitted = requests.submit(form, idempotencyKey, sender());
        return Idempotency.created(URI.create("/coverage-requests/" + submitted.receipt().id()), submitted.receipt(),
                submitted.replayed());
    }

    @GET
    @RolesAllowed({"ADMISSIONS", "CALL_CENTER"})
    @Operation(operationId = "listCoverageRequests", summary = "The coverage-request queue", description = """
            Roles: ADMISSIONS, CALL_CENTER.

            The queue, oldest first, each request with its personal details (without `history`), by status and \
            by who works it (`assignee=me` for the caller's own).\s""" + ApiText.PHI
            + " Each request on the page is audited as listed.")
    @APIResponse(responseCode = "200", description = "One page of requests, oldest first.")
    public Page<Detail> list(@Parameter(description = "Only requests in this status (any case).",
                                     schema = @Schema(implementation = CoverageStatus.class))
                             @QueryParam("status") String status,
                             @Parameter(description = "Only requests this ADMISSIONS user works (their JWT subject); "
                                     + "`me`: the caller's; `none`: the ones nobody works.", example = "me",
                                     schema = @Schema(type = SchemaType.STRING, maxLength = ApiText.SUBJECT_MAX,
                                             pattern = ApiText.SUBJECT_PATTERN))
                             @QueryParam("assignee") String assignee,
                             @Parameter(description = OperationText.PAGE) @QueryParam("page") @DefaultValue("0")
                             @Min(0) @Max(OperationText.MAX_PAGE) int page,
                             @Parameter(description = OperationText.SIZE) @QueryParam("size") @DefaultValue("20")
                             @Min(1) @Max(100) int size,
                             @HeaderParam(RequestIds.HEADER) String requestId) {
        return requests.list(Enums.parse("status", status, CoverageStatus.class), assignee, page, size, who(), requestId);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"ADMISSIONS", "CALL_CENTER"})
    @Operation(operationId = "getCoverageRequest", summary = "One coverage request", description = """
            Roles: ADMISSIONS, CALL_CENTER.

            The whole request: personal details, consent, network answer and status history.\s""" + ApiText.PHI)
    @APIResponse(responseCode = "200", description = "The request with its status history.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class),
                    examples = @ExampleObject(name = "in-review", summary = "A request in review",
                            value = IN_REVIEW_EXAMPLE)))
    public Detail get(@Parameter(description = ID, example = ID_EXAMPLE, schema = @Schema(implementation = UUID.class))
                      @PathParam("id") String id,
                      @HeaderParam(RequestIds.HEADER) String requestId) {
        return requests.read(Ids.uuid("id", id), who(), requestId);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("ADMISSIONS")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeCoverageRequestStatus", summary = "Move a coverage request along", description = """
            Roles: ADMISSIONS.

            The next workflow step, with a note:\s""" + WORKFLOW + """
            . Each step is kept with who made it (the JWT subject), when, and the note; `CONTACTED` closes the \
            request (`closedAt`; closed requests are purged after the retention period). Any other step, a repeat \
            of the current status included, is a 409 and changes nothing. With the move to `VERIFIED` or \
            `NOT_COVERED`, `benefits` records what the payer confirmed (in network, deductible and what remains of \
            it, copay, coinsurance, out-of-pocket maximum, authorization, the level they apply to).

            `assignee` gives the request to the ADMISSIONS user who works it (`me`: the caller; null: nobody), \
            with or without a step; a closed request cannot be assigned (409). Every problem is reported at once \
            (400, each field named). Two changes of one request at once are applied one after the other; a \
            refused change changes nothing. The answer carries the request's personal details.\s""" + ApiText.PHI)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatusUpdate.class),
            examples = {@ExampleObject(name = "in-review", summary = "Taking a request into review, and it", value = """
                    {"status": "IN_REVIEW", "note": "Calling the payer's provider line.", "assignee": "me"}"""),
                    @ExampleObject(name = "verified", summary = "Verified, with the benefits the payer confirmed", value = """
                    {"status": "VERIFIED", "note": "Benefits confirmed with the payer's provider line; authorization \
                    needed before admission.", "benefits": {"inNetwork": true, "deductible": 1500.00, \
                    "deductibleRemaining": 650.00, "copay": 40.00, "coinsurancePercent": 20, "outOfPocketMax": 6000.00, \
                    "authorizationRequired": true, "levelOfCare": "IOP"}}"""),
                    @ExampleObject(name = "unassign", summary = "Giving a request back to the queue", value = """
                    {"assignee": null}""")}))
    @APIResponse(responseCode = "200", description = "The request after the change, with its history.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Detail.class),
                    examples = {@ExampleObject(name = "in-review", summary = "Taken into review and assigned",
                            value = IN_REVIEW_EXAMPLE),
                            @ExampleObject(name = "verified", summary = "Verified, with benefits", value = VERIFIED_EXAMPLE)}))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Detail changeStatus(@Parameter(description = ID, example = ID_EXAMPLE,
                                       schema = @Schema(implementation = UUID.class))
                               @PathParam("id") String id,
                               JsonNode update,
                               @HeaderParam(RequestIds.HEADER) String requestId) {
        return requests.change(Ids.uuid("id", id), update, who(), requestId);
    }

    private String who() {
        return identity.getPrincipal().getName();
    }

    /** The form's sender from the credentials, if any (the gateway passes the caller's token on). */
    private CoverageRequests.Sender sender() {
        return identity.isAnonymous() ? CoverageRequests.Sender.ANONYMOUS
                : new CoverageRequests.Sender(identity.getPrincipal().getName(), identity.getRoles());
    }
}
