package org.carenetwork.referral.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.carenetwork.common.problem.Enums;
import org.carenetwork.common.problem.Ids;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.common.web.Idempotency;
import org.carenetwork.common.web.Page;
import org.carenetwork.common.web.RequestIds;
import org.carenetwork.referral.api.FhirReferral;
import org.carenetwork.referral.api.ReferralForm;
import org.carenetwork.referral.api.ReferralPatch;
import org.carenetwork.referral.api.ReferralView;
import org.carenetwork.referral.domain.ApiText;
import org.carenetwork.referral.domain.PhiAccess;
import org.carenetwork.referral.domain.ReferralStatus;
import org.carenetwork.referral.service.Caller;
import org.carenetwork.referral.service.ReferralStore;
import org.carenetwork.referral.service.Referrals;
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

@Path("/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OperationText.TAG, description = OperationText.TAG_DESCRIPTION)
public class ReferralResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private static final String WORKFLOW = """
            `REQUESTED → ACCEPTED | REJECTED`, `ACCEPTED → IN_PROGRESS → COMPLETED`; `ON_HOLD` from `ACCEPTED` or \
            `IN_PROGRESS` and back (to `ACCEPTED` only when held from it); `FAILED` from `ACCEPTED`, `IN_PROGRESS` or \
            `ON_HOLD`; `CANCELLED` (by the sender) from `REQUESTED`, `ACCEPTED` or `ON_HOLD` held from `ACCEPTED`""";

    @Inject
    Referrals referrals;

    @Inject
    ReferralStore store;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @POST
    @RolesAllowed({"PARTNER", "CALL_CENTER"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReferral", summary = "Send a person to a site", description = """
            Roles: PARTNER, CALL_CENTER.

            Refers the person to the site for the level of care. A referral to substance-use treatment is a 42 CFR \
            Part 2 disclosure: without the person's consent (`consent.given: true`, the text they agreed to, when) it \
            is refused with 422 naming `consent`. The site must exist in facility-service's catalog (else 422 naming \
            `facilityId`) and run `levelOfCare` (else 422 naming `levelOfCare`); when facility-service cannot be asked \
            the referral is refused with 503 and `Retry-After` (retry with the same `Idempotency-Key`). With \
            `insurance`, the answer carries the site's network status from insurance-service; when insurance-service \
            cannot answer within 2 s the referral is still made, with `network.status` `UNKNOWN` and \
            `degraded: ["insurance-service"]`.

            The answer is the referral (status `REQUESTED`) with the person's record, the §2.32 notice \
            (`part2Notice`) and its history; the sender (the caller's JWT subject or API-key client) is the only \
            partner who will ever see it. The person's record is encrypted at rest and never logged. With an \
            `Idempotency-Key`, the same key and body return the first referral (201 again, `Idempotent-Replayed: \
            true`), also when both arrive at once; the same key with another body is a 422 naming `Idempotency-Key`. \
            Subscribers to `referral.created` are told (see `POST /webhook-subscriptions`).""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralForm.class),
            examples = @ExampleObject(name = "iop-with-insurance", summary = "IOP at one site, Aetna PPO",
                    value = Examples.REFERRAL_INPUT)))
    @APIResponse(responseCode = "201", description = "Sent (or, for a repeated `Idempotency-Key` with the same body, the "
            + "first referral again); `Location` names it.",
            headers = {
                    @Header(name = "Location", description = "Where the referral is: an absolute URL, built from the "
                            + "address the service was called at, ending in `/referrals/{id}`.",
                            schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2000,
                                    pattern = "/referrals/[0-9a-f-]{36}$",
                                    example = "https://api.carenet.example/referrals/9c4e2a10-5b6d-4e7f-8a9b-000000000201")),
                    @Header(name = Idempotency.REPLAYED_HEADER, description = "`true` when this is the referral of an "
                            + "earlier request with the same `Idempotency-Key` and body, else `false`.",
                            schema = @Schema(type = SchemaType.BOOLEAN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class),
                    examples = {
                            @ExampleObject(name = "in-network", summary = "Sent, in network", value = Examples.REFERRAL_CREATED),
                            @ExampleObject(name = "degraded", summary = "Sent while insurance-service was down",
                                    value = Examples.REFERRAL_DEGRADED)}))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(ReferralForm form,
                           @Parameter(description = "A key the caller makes per logical referral (8 to 200 letters, "
                                   + "digits or `._:-`), its own: a retry with the same key and body returns the first "
                                   + "referral, not a second one; the same key with another body is refused with 422.",
                                   example = "1f6e2b0c-5d3a-4c9e-8b7a-6f5e4d3c2b1a",
                                   schema = @Schema(type = SchemaType.STRING, minLength = 8, maxLength = 200,
                                           pattern = ApiText.IDEMPOTENCY_KEY_PATTERN))
                           @HeaderParam(Idempotency.KEY_HEADER) String idempotencyKey,
                           @HeaderParam(RequestIds.HEADER) String requestId) {
        ReferralStore.Created created = referrals.create(form, idempotencyKey, who(), requestId);
        return Idempotency.created(URI.create("/referrals/" + created.referral().id()), created.referral(),
                created.replayed());
    }

    @GET
    @RolesAllowed({"ADMISSIONS", "CALL_CENTER", "PARTNER"})
    @Operation(operationId = "listReferrals", summary = "The referral queue, or a partner's own referrals",
            description = """
                    Roles: ADMISSIONS, CALL_CENTER, PARTNER.

                    ADMISSIONS and CALL_CENTER: every referral, oldest first (the queue); a PARTNER: the referrals it \
                    sent, oldest first. Each with the person's record and the §2.32 notice, without `history`.\s"""
                    + ApiText.PHI + " Each referral on the page is audited as listed.")
    @APIResponse(responseCode = "200", description = "One page of referrals, oldest first.")
    public Page<ReferralView> list(@Parameter(description = "Only referrals in this status (any case).",
                                           schema = @Schema(implementation = ReferralStatus.class))
                                   @QueryParam("status") String status,
                                   @Parameter(description = "Only referrals to this site.",
                                           schema = @Schema(implementation = UUID.class))
                                   @QueryParam("facilityId") String facilityId,
                                   @Parameter(description = OperationText.PAGE) @QueryParam("page") @DefaultValue("0")
                                   @Min(0) @Max(OperationText.MAX_PAGE) int page,
                                   @Parameter(description = OperationText.SIZE) @QueryParam("size") @DefaultValue("20")
                                   @Min(1) @Max(100) int size,
                                   @HeaderParam(RequestIds.HEADER) String requestId) {
        UUID facility = facilityId == null ? null : Ids.uuid("facilityId", facilityId);
        return store.list(caller(), Enums.parse("status", status, ReferralStatus.class), facility, page, size, requestId);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"ADMISSIONS", "CALL_CENTER", "PARTNER"})
    @Produces({MediaType.APPLICATION_JSON, FhirReferral.MEDIA_TYPE})
    @Operation(operationId = "getReferral", summary = "One referral", description = """
            Roles: ADMISSIONS, CALL_CENTER, PARTNER.

            The referral with the person's record, the §2.32 notice, the network answer and its history: for its \
            sender, ADMISSIONS and CALL_CENTER; another partner gets 404, as for a referral that does not exist. With \
            `Accept: application/fhir+json`, the same referral as a FHIR R4 Bundle (type `collection`) of a Patient, \
            a ServiceRequest and the Task that tracks it (`Task.status` the lower-case FHIR code of `status`, \
            `Task.focus` the ServiceRequest, `Task.businessStatus` and `Task.statusReason` as CodeableConcepts), with \
            the Part 2 security labels and notice.\s""" + ApiText.PHI)
    @APIResponse(responseCode = "200", description = "The referral; a FHIR R4 Bundle when the caller accepts "
            + "`application/fhir+json`.", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class),
                            examples = @ExampleObject(name = "intake-scheduled", summary = "Accepted, intake scheduled",
                                    value = Examples.REFERRAL_SCHEDULED)),
                    @Content(mediaType = FhirReferral.MEDIA_TYPE, schema = @Schema(implementation = FhirReferral.class))})
    public Response get(@Parameter(description = OperationText.REFERRAL_ID, example = OperationText.REFERRAL_ID_EXAMPLE,
                                schema = @Schema(implementation = UUID.class))
                        @PathParam("id") String id,
                        @HeaderParam(HttpHeaders.ACCEPT) String accept,
                        @HeaderParam(RequestIds.HEADER) String requestId) throws JsonProcessingException {
        UUID referral = Ids.uuid("id", id);
        if (accept != null && accept.contains(FhirReferral.MEDIA_TYPE)) {
            ReferralView view = store.read(referral, caller(), PhiAccess.Action.READ_FHIR, requestId);
            return Response.ok(json.writeValueAsString(FhirReferral.of(view)), FhirReferral.MEDIA_TYPE).build();
        }
        return Response.ok(store.read(referral, caller(), PhiAccess.Action.READ, requestId), MediaType.APPLICATION_JSON)
                .build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({"ADMISSIONS", "PARTNER", "CALL_CENTER"})
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(operationId = "changeReferral", summary = "Move a referral along", description = """
            Roles: ADMISSIONS, PARTNER, CALL_CENTER.

            A JSON merge patch of the workflow fields (`application/merge-patch+json` or `application/json`): the \
            next `status`, the admissions step (`businessStatus`), or both, with `reasonCode`, `intakeAt` and a \
            `note`. ADMISSIONS makes every step but cancelling; the referral's sender (a PARTNER, or the CALL_CENTER \
            agent who sent it) may only cancel (`CANCELLED` with a `reasonCode`), before the work is in progress; \
            another partner gets 404, other callers 403. The status follows FHIR Task:\s""" + WORKFLOW + """
            . `REJECTED`, `FAILED` and `CANCELLED` need a `reasonCode` (else 422 naming it); `INTAKE_SCHEDULED` needs \
            `intakeAt` (else 422 naming it), within a year of now; `ADMITTED` goes with or after `IN_PROGRESS`; the \
            admissions steps never go back. A step the workflow does not allow is a 409 naming both states \
            (`COMPLETED → ACCEPTED is not allowed`) and changes nothing. Each change is kept in `history` with who, \
            when and the note, and subscribers to `referral.status_changed` are told. Two changes of one referral at \
            once are applied one after the other.\s""" + ApiText.PHI)
    @RequestBody(required = true, content = {
            @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ReferralPatch.class),
                    examples = {
                            @ExampleObject(name = "accept", summary = "Admissions accepts", value = Examples.CHANGE_ACCEPT),
                            @ExampleObject(name = "schedule-intake", summary = "Admissions schedules the intake",
                                    value = Examples.CHANGE_SCHEDULE),
                            @ExampleObject(name = "cancel", summary = "The sender cancels", value = Examples.CHANGE_CANCEL)}),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralPatch.class))})
    @APIResponse(responseCode = "200", description = "The referral after the change, with its history.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class),
                    examples = @ExampleObject(name = "intake-scheduled", summary = "Intake scheduled",
                            value = Examples.REFERRAL_SCHEDULED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public ReferralView change(@Parameter(description = OperationText.REFERRAL_ID, example = OperationText.REFERRAL_ID_EXAMPLE,
                                       schema = @Schema(implementation = UUID.class))
                               @PathParam("id") String id,
                               @Valid ReferralPatch patch,
                               @HeaderParam(RequestIds.HEADER) String requestId) {
        UUID referral = Ids.uuid("id", id);
        if (patch == null) {
            throw ProblemException.badField("body", "is required: the change as JSON");
        }
        return store.change(referral, patch, caller(), requestId);
    }

    private String who() {
        return identity.getPrincipal().getName();
    }

    private Caller caller() {
        boolean admissions = identity.hasRole("ADMISSIONS");
        return new Caller(who(), admissions, admissions || identity.hasRole("CALL_CENTER"));
    }
}
