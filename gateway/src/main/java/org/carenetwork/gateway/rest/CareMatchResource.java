package org.carenetwork.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carenetwork.gateway.carematch.CareMatchRequest;
import org.carenetwork.gateway.carematch.CareMatchResponse;
import org.carenetwork.gateway.carematch.CareMatchService;
import org.carenetwork.gateway.limits.RouteClass;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The gateway's own operation: where can this person go, composed from the three services. */
@Path("/care-matches")
@Tag(name = "Care matches", description = "Where can this person go, composed from the catalog, the assessment and the "
        + "network contracts.")
public class CareMatchResource {

    @Inject
    CareMatchService careMatches;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @PermitAll
    @RouteClass(RouteClass.Kind.READ)
    @Operation(operationId = "matchCare", summary = "Where can this person go", description = """
            Roles: ANONYMOUS, CALL_CENTER, ADMISSIONS, PARTNER, ADMIN.

            Give `assessmentId` or `levelOfCare`, and `lat` with `lon` or `zip`. With an assessment, its
            recommendation decides the level and whether detox comes first (reading it needs the caller's
            CALL_CENTER or ADMISSIONS role, or `X-Assessment-Token`); a `levelOfCare` given beside it wins, and
            the answer's `levelOfCareFrom` says which did. A screen-only assessment (no level-of-care answers)
            needs `levelOfCare` (422 without). A crisis assessment is answered with `crisis: true`,
            `crisisMessage` and `crisisResources` first, and no matches.

            Who the person is counts: the assessment's age group (or `ageGroup`): an adolescent is matched only
            to programs for adolescents, an adult never to a program for adolescents only; `population`,
            `paymentType`, `condition`, `language` and `schedule` filter as the facility search does. A field
            the input does not have is a 400 naming it.

            Matches are ranked: sites running detox first when detox comes first, then in network, unknown,
            out of network; then more openings (unknown openings after known ones, full sites last); then
            nearer. When the insurance or assessment service does
            not answer in time the answer is still 200 with what is known, `network.status: UNKNOWN` and the
            missing service named in `degraded`; when the facility service does not, or the match does not
            complete in time, 503 with `Retry-After`. A service that answers outside its contract is a 502.""")
    @Parameter(name = "X-Assessment-Token", in = ParameterIn.HEADER, description = "The access token `POST /assessments` "
            + "gave with the assessment named by `assessmentId`.",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 43,
                    pattern = "^[A-Za-z0-9_-]{43}$"))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CareMatchRequest.class), examples = {
                    @ExampleObject(name = "byLevelAndPlace", summary = "A level of care near a point, with insurance", value = """
                            {"levelOfCare": "IOP", "lat": 41.65, "lon": -83.54, "radiusMiles": 50, "payer": "aetna",
                             "planType": "PPO", "schedule": ["EVENING"], "acceptingNow": true}"""),
                    @ExampleObject(name = "forAnAdolescentInSpanish", summary = "An adolescent's outpatient care, Spanish "
                            + "spoken, around a ZIP+4", value = """
                            {"levelOfCare": "OP", "ageGroup": "ADOLESCENT", "language": ["es"], "zip": "43604-1234",
                             "paymentType": ["MEDICAID"]}"""),
                    @ExampleObject(name = "byAssessmentAndZip", summary = "The level from an assessment, around a ZIP code",
                            value = """
                            {"assessmentId": "5f0c2a8e-1b7d-4e3a-9c6f-2d8e4b1a7c90", "zip": "43604"}""")}))
    @APIResponse(responseCode = "200", description = "The ranked matches, or the crisis answer.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CareMatchResponse.class),
                    examples = @ExampleObject(name = "crisis", summary = "A crisis answer", value = """
                            {"crisis": true,
                             "crisisMessage": "Call or text 988 (Suicide & Crisis Lifeline) now, or call 911 if there is immediate danger. Treatment options can be found after the person is safe.",
                             "crisisResources": [
                               {"name": "988 Suicide & Crisis Lifeline", "contact": "Call or text 988, or chat at 988lifeline.org", "when": "Thoughts of suicide, a mental health or substance use crisis, or worry about someone: any time"},
                               {"name": "Emergency services", "contact": "Call 911", "when": "Immediate danger to life"}],
                             "matches": [], "degraded": []}""")))
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "The assessment named is not readable with "
            + "the caller's credentials or X-Assessment-Token.")
    public Uni<CareMatchResponse> match(@Valid @NotNull CareMatchRequest request) {
        return careMatches.match(request);
    }
}
