package org.carenetwork.assessment.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.carenetwork.assessment.domain.InstrumentDefinition;
import org.carenetwork.assessment.domain.Language;
import org.carenetwork.assessment.domain.ScoreResult;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.common.problem.Problem.FieldError;
import org.carenetwork.vocabulary.Crisis;
import org.carenetwork.vocabulary.CrisisResource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer of {@code POST /instruments/{code}/score}: crisis first, as an assessment's answer
 * gives it, whichever endpoint a frontend calls; then the instrument's result. In a crisis answer
 * given although some answers could not be used, {@code incompleteAnswers} says which.
 */
@Schema(name = "InstrumentScore", description = "One instrument's result. Crisis first, as in an assessment: `crisis`, "
        + "then (only in a crisis) `crisisMessage`, then `crisisResources` lead the body.")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"crisis", "crisisMessage", "crisisResources", "instrument", "total", "band", "bandLabel", "flags",
        "incompleteAnswers"})
public record InstrumentScore(
        @Schema(required = true, description = "True when the answers signal imminent risk of harm (a C-SSRS high "
                + "risk), exactly as `POST /assessments` decides it for the same answers.")
        boolean crisis,
        @Schema(maxLength = 500, examples = Crisis.MESSAGE, description = "Only in a crisis, and then first: what to "
                + "do now. The one field that carries the crisis text, in every answer (a flag's `message` explains "
                + "that flag only). In Spanish with `Accept-Language: es`.")
        String crisisMessage,
        @Schema(required = true, minItems = 1, maxItems = 3, description = "Where to turn now, in every answer: the "
                + "988 Suicide & Crisis Lifeline, emergency services (911), then SAMHSA's National Helpline; in Spanish with "
                + "`Accept-Language: es` (988 answers in Spanish: press 2, or text AYUDA).")
        List<CrisisResource> crisisResources,
        @Schema(required = true, maxLength = InstrumentDefinition.CODE_MAX, pattern = InstrumentDefinition.CODE_PATTERN,
                examples = "PHQ-9", description = "The instrument's code, as defined (upper case).")
        String instrument,
        @Schema(required = true, nullable = true, minimum = "0", maximum = "" + InstrumentDefinition.MAX_TOTAL,
                format = "int32", examples = "14",
                description = "The summed score; null for an instrument banded by items rather than by a sum "
                        + "(CSSRS-SCREEN), and in a crisis answer whose answers could not all be used.")
        @JsonInclude(JsonInclude.Include.ALWAYS) // required, null when there is no sum: sent as null, never left out
        Integer total,
        @Schema(required = true, maxLength = InstrumentDefinition.KEY_MAX, pattern = InstrumentDefinition.KEY_PATTERN,
                examples = "MODERATE", description = "The code of the severity band, one of the instrument's `bands`.")
        String band,
        @Schema(required = true, maxLength = InstrumentDefinition.NAME_MAX, examples = "Moderate depression",
                description = "The band in words.")
        String bandLabel,
        @Schema(required = true, maxItems = InstrumentDefinition.MAX_FLAGS,
                description = "The flags the answers raise (for example PHQ-9 question 9 above 0); empty when none.")
        List<ScoreResult.Flag> flags,
        @Schema(maxItems = Problem.MAX_ERRORS, description = "Only in a crisis answer given although some answers "
                + "could not be used: what was wrong with them, as a 400 would have named them.")
        List<FieldError> incompleteAnswers) {

    public static InstrumentScore of(ScoreResult score, boolean crisis, List<FieldError> incomplete, Language language) {
        return new InstrumentScore(crisis, crisis ? language.crisisMessage() : null, language.crisisResources(),
                score.instrument(),
                score.total(), score.band(), score.bandLabel(), score.flags(),
                incomplete == null || incomplete.isEmpty() ? null : List.copyOf(Problem.listed(incomplete)));
    }
}
