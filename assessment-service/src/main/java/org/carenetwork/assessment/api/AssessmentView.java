package org.carenetwork.assessment.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.carenetwork.assessment.domain.Language;
import org.carenetwork.assessment.domain.Recommendation;
import org.carenetwork.assessment.domain.ScoreResult;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.common.problem.Problem.FieldError;
import org.carenetwork.vocabulary.AgeGroup;
import org.carenetwork.vocabulary.Crisis;
import org.carenetwork.vocabulary.CrisisResource;
import org.carenetwork.vocabulary.SeekingCareFor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An assessment's answer. Crisis first: when {@code crisis} is true, {@code crisisMessage} and the
 * resources (988, then 911) lead the body, before anything else. {@code accessToken} is only in
 * the creation response; {@code incompleteAnswers} only when a crisis answer was given although
 * some answers could not be used.
 */
@Schema(name = "Assessment", description = "An assessment: its scores and its level-of-care recommendation. Crisis "
        + "first: `crisis`, then (only in a crisis) `crisisMessage`, then `crisisResources` lead the body, before "
        + "anything else. Decision support, not a diagnosis.")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"crisis", "crisisMessage", "crisisResources", "id", "accessToken", "createdAt", "respondent",
        "ageGroup", "scores", "recommendation", "consentToShare", "incompleteAnswers"})
public record AssessmentView(
        @Schema(required = true, description = "True when any answer signals imminent risk of harm (a C-SSRS high "
                + "risk, or an answer saying the person intends to act on thoughts of suicide or of harming someone, "
                + "or cannot stay safe). Then `crisisMessage` comes first and no level of care is offered.")
        boolean crisis,
        @Schema(maxLength = 500, examples = Crisis.MESSAGE, description = "Only in a crisis, and then first: what to "
                + "do now. The one field that carries the crisis text, in every answer (a flag's `message` explains "
                + "that flag only). In Spanish with `Accept-Language: es`.")
        String crisisMessage,
        @Schema(required = true, minItems = 1, maxItems = 3, description = "Where to turn now, in every answer: the "
                + "988 Suicide & Crisis Lifeline, emergency services (911), then SAMHSA's National Helpline, always in "
                + "that order; in Spanish with `Accept-Language: es` (988 answers in Spanish: press 2, or text AYUDA).")
        List<CrisisResource> crisisResources,
        @Schema(required = true, description = "The assessment's id, to read it again at `/assessments/{id}` or to "
                + "name it in a care match.")
        UUID id,
        @Schema(minLength = TOKEN_LENGTH, maxLength = TOKEN_LENGTH, pattern = TOKEN_PATTERN,
                examples = "q3Jm5bT0cX1v7bQp4sT8wZr5aLYk3q9J0cX1m2v7bQp",
                description = "Only in the creation answer (a replay with the same `Idempotency-Key` gets a new one, "
                        + "which replaces the first): whoever holds it may read the assessment again, sending it as "
                        + "`X-Assessment-Token`. Only its hash is stored; keep it like a password.")
        String accessToken,
        @Schema(required = true, description = "When the assessment was taken (UTC).") Instant createdAt,
        @Schema(required = true, description = "Who answered: `SELF`, or `LOVED_ONE` for someone else.")
        SeekingCareFor respondent,
        @Schema(required = true) AgeGroup ageGroup,
        @Schema(required = true, maxItems = AnswerShapes.MAX_INSTRUMENTS, description = "One result per instrument "
                + "answered, as `POST /instruments/{code}/score` gives it; empty when none was taken. In a crisis "
                + "answer with `incompleteAnswers`, only the results that could be scored.")
        List<ScoreResult> scores,
        @Schema(required = true, nullable = true, description = "The recommended level of care; null for an "
                + "assessment of screeners only (taken without `dimensions`), which is scored and checked for a crisis "
                + "but recommends no level.")
        @JsonInclude(JsonInclude.Include.ALWAYS) // required, null without dimensions: sent as null, never left out
        Recommendation recommendation,
        @Schema(required = true, description = "As given: whether the respondent consents to sharing with a referral "
                + "partner.")
        boolean consentToShare,
        @Schema(maxItems = Problem.MAX_ERRORS, description = "Only in a crisis answer given although some answers "
                + "could not be used: what was wrong with them, as a 400 would have named them (at most "
                + Problem.MAX_ERRORS + ").")
        List<FieldError> incompleteAnswers) {

    /** The access token: 256 random bits, base64url without padding. */
    public static final int TOKEN_LENGTH = 43;
    public static final String TOKEN_PATTERN = "^[A-Za-z0-9_-]{43}$";

    /** The crisis message and lines in {@code language}; everything else as stored. */
    public AssessmentView in(Language language) {
        return new AssessmentView(crisis, crisis ? language.crisisMessage() : null, language.crisisResources(), id,
                accessToken, createdAt, respondent, ageGroup, scores, recommendation, consentToShare, incompleteAnswers);
    }

    public AssessmentView withAccessToken(String token) {
        return new AssessmentView(crisis, crisisMessage, crisisResources, id, token, createdAt, respondent, ageGroup,
                scores, recommendation, consentToShare, incompleteAnswers);
    }
}
