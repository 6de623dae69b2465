package org.carenetwork.assessment.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.carenetwork.assessment.api.AssessmentRequest;
import org.carenetwork.assessment.api.AssessmentView;
import org.carenetwork.assessment.domain.Language;
import org.carenetwork.assessment.domain.Questionnaire;
import org.carenetwork.assessment.service.AssessmentService;
import org.carenetwork.common.problem.Ids;
import org.carenetwork.common.web.Idempotency;
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

/**
 * Assessments: the screeners plus the level-of-care questions, answered by the person or a loved
 * one, giving scores, crisis resources and an explained recommendation.
 */
@Path("/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = InstrumentResource.TAG)
public class AssessmentResource {

    public static final String TOKEN_HEADER = AssessmentService.TOKEN_HEADER;

    static final String ASSESSMENT_ID = "The assessment's `id`, from the creation answer.";

    @Inject
    AssessmentService assessments;

    @Inject
    Questionnaire questions;

    @Inject
    SecurityIdentity identity;

    @Inject
    AnswerLanguage answerLanguage;

    /** The level-of-care questions, grouped by ASAM dimension, with each answer's code. */
    @GET
    @Path("/questions")
    @PermitAll
    @Operation(operationId = "getLevelOfCareQuestions", summary = "The level-of-care questions",
            description = InstrumentResource.EVERYONE + "\n\nThe plain-language questions behind `dimensions` in "
                    + "`POST /assessments`, grouped by ASAM dimension: each option carries its code (what to send), "
                    + "its text and its risk rating (0 to 4). These are the suite's own questions, with no published "
                    + "Spanish version: English (`Content-Language: en`) whatever `Accept-Language` asks.")
    @APIResponse(responseCode = "200", description = "The questions by dimension.")
    public Questionnaire questions() {
        answerLanguage.add(Language.EN);
        return questions;
    }

    /** Anyone: the website quiz (anonymous), the call center, a partner. */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAssessment", summary = "Take an assessment",
            description = "Roles: ANONYMOUS (the website quiz), CALL_CENTER, ADMISSIONS, PARTNER, ADMIN.\n\n"
                    + "Scores the instruments and recommends a level of care from the answers to the level-of-care "
                    + "questions (`GET /assessments/questions`), with one reason per dimension that drove it. When "
                    + "any answer signals imminent risk the answer has `crisis: true`, leads with `crisisMessage` and "
                    + "`crisisResources` (988, then 911) and offers no level of care; invalid answers do not stop "
                    + "that answer, they are listed in `incompleteAnswers`. Without imminent risk, invalid answers are "
                    + "a 400 naming each one. The result is decision support, not a diagnosis.\n\n"
                    + "The answer carries an `accessToken`: with it (header `X-Assessment-Token`) the respondent may "
                    + "read the assessment again. Answers and result are stored encrypted and deleted after the "
                    + "retention period.\n\n"
                    + "A repeated `Idempotency-Key` with the same body answers with the first assessment (201, "
                    + "`Idempotent-Replayed: true`, a new `accessToken` that replaces the first) instead of storing "
                    + "a second one; the same key with another body is a 422.\n\n"
                    + "Without `dimensions`, an assessment of screeners only (at least one instrument): scored, crisis "
                    + "decided as always, stored, and `recommendation` is null. With `Accept-Language: es` the crisis "
                    + "message and lines are in Spanish.\n\n"
                    + "`consentToShare` decides who else may read it (see `GET /assessments/{id}`).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentRequest.class), examples = {
                    @ExampleObject(name = "drinking", summary = "An adult: drinking most days, feeling unwell when "
                            + "cutting down, struggling emotionally", value = Examples.ASSESSMENT_REQUEST),
                    @ExampleObject(name = "crisis", summary = "A loved one answers for an adolescent who intends to act "
                            + "on thoughts of self-harm", value = Examples.CRISIS_REQUEST)}))
    @APIResponse(responseCode = "201", description = "The stored assessment with its scores and recommendation; for a "
            + "replayed `Idempotency-Key`, the first one again.",
            headers = {
                    @Header(name = "Location", description = "The assessment's URL.",
                            schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2000)),
                    @Header(name = Idempotency.REPLAYED_HEADER, description = "`true` when this answers a retry with "
                            + "the same `Idempotency-Key` (the first assessment, nothing stored again), else `false`.",
                            schema = @Schema(type = SchemaType.STRING, enumeration = {"true", "false"}))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentView.class), examples = {
                            @ExampleObject(name = "drinking", summary = "The answer to the first example: detox first, "
                                    + "then intensive outpatient care, with medication to consider",
                                    value = Examples.ASSESSMENT),
                            @ExampleObject(name = "crisis", summary = "The answer to the crisis example: 988 and 911 "
                                    + "first, no level of care", value = Examples.CRISIS)}))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@Valid @NotNull AssessmentRequest request,
                           @Parameter(description = "A key the caller makes per assessment (8 to 200 letters, digits "
                                   + "or `._:-`): a retry with the same key and body answers with the first "
                                   + "assessment instead of storing a second; the same key with another body is a 422.",
                                   schema = @Schema(type = SchemaType.STRING, minLength = 8, maxLength = 200,
                                           pattern = "^[A-Za-z0-9._:-]{8,200}$"),
                                   example = "1f6e2b0c-5d3a-4c9e-8b7a-6f5e4d3c2b1a")
                           @HeaderParam(Idempotency.KEY_HEADER) String idempotencyKey,
                           @Parameter(hidden = true) // in the description: any value is read, never refused
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        AssessmentService.Created result = assessments.create(request, Idempotency.key(idempotencyKey), partner());
        AssessmentView view = result.view().in(spoken(acceptLanguage));
        return Idempotency.created(URI.create("/assessments/" + view.id()), view, !result.created());
    }

    /** CALL_CENTER, ADMISSIONS, or whoever holds the assessment's access token. */
    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getAssessment", summary = "Read an assessment",
            description = "Roles: the holder of the assessment's access token in `X-Assessment-Token` (with or "
                    + "without other credentials), always; CALL_CENTER and ADMISSIONS when the respondent consented to "
                    + "sharing (`consentToShare: true`); PARTNER only an assessment that partner took itself, with "
                    + "consent.\n\n"
                    + "The stored assessment, as it was answered, without its `accessToken`. Without a token and "
                    + "without credentials the answer is 401; a role that can read no assessment without a token "
                    + "(ADMIN) is 403. Anyone else who may not read this assessment (no consent, a token that does not "
                    + "open it, another partner's) gets the 404 of an unknown id: a refusal does not tell that it "
                    + "exists. With `Accept-Language: es` the crisis message and lines are in Spanish.")
    @APIResponse(responseCode = "200", description = "The assessment.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AssessmentView get(@Parameter(description = ASSESSMENT_ID, example = "5f0c2a8e-1b7d-4e3a-9c6f-2d8e4b1a7c90",
                                      schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36,
                                              pattern = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"))
                              @PathParam("id") String id,
                              @Parameter(description = "The `accessToken` from the creation answer: lets whoever took "
                                      + "the assessment read it. Not needed by CALL_CENTER or ADMISSIONS. A value that "
                                      + "is not a token's format is a 400.",
                                      schema = @Schema(type = SchemaType.STRING, minLength = AssessmentView.TOKEN_LENGTH,
                                              maxLength = AssessmentView.TOKEN_LENGTH, pattern = AssessmentView.TOKEN_PATTERN))
                              @HeaderParam(TOKEN_HEADER) String token,
                              @Parameter(hidden = true) // in the description: any value is read, never refused
                              @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        boolean staff = identity.hasRole("CALL_CENTER") || identity.hasRole("ADMISSIONS");
        AssessmentService.Reader reader = new AssessmentService.Reader(staff, partner(), !identity.isAnonymous());
        return assessments.read(Ids.uuid("id", id), reader, token).in(spoken(acceptLanguage));
    }

    /** The partner calling (its name, as its token gives it), or null when the caller is no PARTNER. */
    private String partner() {
        return identity.hasRole("PARTNER") && !identity.isAnonymous() ? identity.getPrincipal().getName() : null;
    }

    /** The crisis texts follow the reader's language; the rest of an assessment is English. */
    private Language spoken(String acceptLanguage) {
        Language language = Language.preferred(acceptLanguage);
        answerLanguage.add(language);
        answerLanguage.add(Language.EN);
        return language;
    }
}
