package org.carenetwork.assessment.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
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
import java.util.List;
import java.util.Optional;
import org.carenetwork.assessment.api.AnswerShapes;
import org.carenetwork.assessment.api.FhirQuestionnaire;
import org.carenetwork.assessment.api.InstrumentScore;
import org.carenetwork.assessment.domain.InstrumentCatalog;
import org.carenetwork.assessment.domain.InstrumentDefinition;
import org.carenetwork.assessment.domain.Language;
import org.carenetwork.assessment.domain.LevelOfCareRules;
import org.carenetwork.assessment.domain.ScoreResult;
import org.carenetwork.assessment.domain.Scorer;
import org.carenetwork.common.openapi.ContractExtensions;
import org.carenetwork.common.problem.Enums;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.common.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The screeners: their definitions (as our JSON or as FHIR R4 Questionnaires) and stateless scoring. */
@Path("/instruments")
@Tag(name = InstrumentResource.TAG, description = "Screening questionnaires, scoring and level-of-care assessments "
        + "(decision support, not a diagnosis).")
public class InstrumentResource {

    static final String TAG = "Assessments";

    /** Who may call the operations open to anyone (the website's visitors and every role). */
    static final String EVERYONE = "Roles: ANONYMOUS, CALL_CENTER, ADMISSIONS, PARTNER, ADMIN.";

    static final String CODE = "The instrument's code, case-insensitive: `PHQ-9`, `GAD-7`, `AUDIT`, `AUDIT-C`, "
            + "`DAST-10`, `CSSRS-SCREEN`. A code outside that format is a 400; an unknown one a 404.";

    @Inject
    InstrumentCatalog catalog;

    @Inject
    ObjectMapper json;

    @Inject
    AnswerLanguage answerLanguage;


    /** {@code POST /instruments/{code}/score}: one value per item, in item order; null for a skipped item. */
    @Schema(name = "ScoreRequest", description = "The answers to one instrument.")
    public record ScoreRequest(
            @Schema(required = true, type = SchemaType.ARRAY, maxItems = InstrumentDefinition.MAX_ITEMS,
                    implementation = AnswerShapes.Answer.class, description = AnswerShapes.ANSWERS)
            List<Integer> answers) {
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listInstruments", summary = "The questionnaires the suite scores",
            description = EVERYONE + "\n\nEvery instrument, in one page (`page` 0, `size` and `total` the number of "
                    + "instruments): each with its items, the answer options with their scores, its total range and "
                    + "severity bands, its skip rules and the flags it raises. With `Accept-Language: es`, the "
                    + "instruments that have a published, validated Spanish version (PHQ-9, GAD-7, AUDIT, AUDIT-C) come in "
                    + "Spanish (`language: es`), the others in English; `Content-Language` names the languages in the "
                    + "answer, and it varies by `Accept-Language` (`Vary`).")
    @APIResponse(responseCode = "200", description = "Every instrument, each with its items, answer options and bands.")
    public Page<InstrumentDefinition> list(@Parameter(hidden = true) // in the description: any value is read, never refused
                                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language asked = Language.preferred(acceptLanguage);
        List<InstrumentDefinition> all = catalog.all(asked);
        // The languages the instruments are in: the one asked for first, when any instrument has it.
        java.util.Set<String> tags = all.stream().map(InstrumentDefinition::language).collect(java.util.stream.Collectors.toSet());
        if (tags.contains(asked.tag())) {
            answerLanguage.add(asked);
        }
        tags.stream().sorted().forEach(tag -> answerLanguage.add(Language.of(tag)));
        return new Page<>(all, 0, all.size(), all.size());
    }

    /** Our JSON shape, or a FHIR R4 Questionnaire when the caller accepts {@code application/fhir+json}. */
    @GET
    @Path("/{code}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, FhirQuestionnaire.MEDIA_TYPE})
    @Operation(operationId = "getInstrument", summary = "One questionnaire",
            description = EVERYONE + "\n\nThe instrument as published, as our JSON; a FHIR R4 Questionnaire instead "
                    + "when the `Accept` header names `application/fhir+json`, for partners whose forms render FHIR. With "
                    + "`Accept-Language: es`, in Spanish when a published, validated Spanish version exists (PHQ-9, "
                    + "GAD-7, AUDIT, AUDIT-C; `language` and `Content-Language` say `es`), else in English (`en`); scoring is "
                    + "the same in both.")
    @APIResponse(responseCode = "200", description = "The instrument; a FHIR R4 Questionnaire when the caller accepts "
            + "`application/fhir+json`.", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InstrumentDefinition.class),
                            examples = @ExampleObject(name = "GAD-7", summary = "GAD-7 (abridged: the first of its 7 "
                                    + "items and the first of its 4 bands)", value = Examples.GAD7)),
                    @Content(mediaType = FhirQuestionnaire.MEDIA_TYPE,
                            schema = @Schema(implementation = FhirQuestionnaire.class))})
    public Response get(@Parameter(description = CODE, schema = @Schema(implementation = AnswerShapes.InstrumentCode.class))
                        @PathParam("code") String code,
                        @HeaderParam(HttpHeaders.ACCEPT) String accept,
                        @Parameter(hidden = true) // in the description: any value is read, never refused
                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) throws JsonProcessingException {
        InstrumentDefinition instrument = find(code, Language.preferred(acceptLanguage));
        answerLanguage.add(Language.of(instrument.language()));
        if (accept != null && accept.contains(FhirQuestionnaire.MEDIA_TYPE)) {
            return Response.ok(json.writeValueAsString(FhirQuestionnaire.of(instrument)), FhirQuestionnaire.MEDIA_TYPE)
                    .build();
        }
        return Response.ok(instrument, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/{code}/score")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scoreInstrument", summary = "Score answers (stores nothing)",
            description = EVERYONE + "\n\nOne answer per item, in item order; each value is the score of the chosen "
                    + "option as the instrument defines it. `null` is allowed only for an item the instrument's skip "
                    + "rules skip. `crisis` (with `crisisMessage` and the crisis resources) as `POST /assessments` "
                    + "decides it for the same answers, then the total (null for CSSRS-SCREEN, which is banded by items), "
                    + "the severity band and any flags come back; nothing is stored. With `Accept-Language: es` the crisis "
                    + "message and lines are in Spanish (band labels and flags stay English).",
            extensions = @Extension(name = ContractExtensions.COMPUTES_ONLY, value = "true", parseValue = true))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScoreRequest.class), examples = {
                    @ExampleObject(name = "PHQ-9", summary = "PHQ-9 answers, to POST /instruments/PHQ-9/score",
                            value = Examples.SCORE_REQUEST),
                    @ExampleObject(name = "CSSRS-SCREEN", summary = "C-SSRS: question 2 No, so 3 to 5 are null; "
                            + "suicidal behaviour in the past 3 months", value = Examples.CSSRS_REQUEST)}))
    @APIResponse(responseCode = "200", description = "Crisis first (`crisis`, and in a crisis `crisisMessage`), the "
            + "crisis resources, then the total, the severity band and any flags. Answers that break the instrument's "
            + "rules are a 400, unless what can be used of them shows imminent risk: then this crisis answer, with "
            + "`incompleteAnswers`.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InstrumentScore.class),
                    examples = {
                            @ExampleObject(name = "PHQ-9", summary = "The PHQ-9 answers' result", value = Examples.SCORE_RESULT),
                            @ExampleObject(name = "CSSRS-SCREEN", summary = "The C-SSRS answers' result: high risk",
                                    value = Examples.CSSRS_RESULT)}))
    public InstrumentScore score(@Parameter(description = CODE, schema = @Schema(implementation = AnswerShapes.InstrumentCode.class))
                                 @PathParam("code") String code, ScoreRequest request,
                                 @Parameter(hidden = true) // in the description: any value is read, never refused
                                 @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        InstrumentDefinition instrument = find(code, Language.EN);
        Language language = Language.preferred(acceptLanguage);
        // The crisis message and lines follow the reader's language; band labels and flags are English.
        answerLanguage.add(language);
        answerLanguage.add(Language.EN);
        if (request == null) {
            throw ProblemException.badField("answers", "is required: one answer per item, in item order");
        }
        List<Problem.FieldError> problems = Scorer.check(instrument, request.answers(), "answers");
        if (problems.isEmpty()) {
            ScoreResult score = Scorer.score(instrument, request.answers(), "answers");
            return InstrumentScore.of(score, !LevelOfCareRules.crisisReasons(List.of(score)).isEmpty(), List.of(), language);
        }
        // As an assessment does: answers that break the rules are a 400, unless what can be used of
        // them already shows imminent risk; then the crisis answer comes anyway, saying what was wrong.
        Optional<ScoreResult> usable = Scorer.scoreUsableAnswers(instrument, request.answers());
        if (usable.isPresent() && !LevelOfCareRules.crisisReasons(List.of(usable.get())).isEmpty()) {
            return InstrumentScore.of(usable.get(), true, problems, language);
        }
        throw ProblemException.badFields(problems);
    }

    /** An unknown code is a 404; one that is no code at all a 400, so a path of any length is never echoed whole. */
    private InstrumentDefinition find(String code, Language language) {
        if (code == null || !code.matches(AnswerShapes.INSTRUMENT_CODE_PATTERN)) {
            throw ProblemException.badField("code", "'" + Enums.shown(code) + "' is not an instrument code: up to "
                    + InstrumentDefinition.CODE_MAX + " letters, digits and -");
        }
        return catalog.find(code, language).orElseThrow(() -> ProblemException.notFound("Instrument", code));
    }
}
