package org.carenetwork.assessment.api;

import org.carenetwork.assessment.domain.InstrumentDefinition;
import org.carenetwork.assessment.domain.Questionnaire;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * The document's shapes of what requests carry as plain maps and lists (answers by instrument,
 * answers by dimension and question), referenced from the request records. They are described
 * here rather than with Bean Validation on those maps and lists, because the service checks
 * answers itself: an invalid answer is a 400 naming it, except when the usable answers show
 * imminent risk, and then the crisis answer is given anyway (AssessmentService), which a
 * validation constraint would prevent.
 */
public final class AnswerShapes {

    /** The most instruments one assessment may carry: the catalog has six, each may be given once. */
    public static final int MAX_INSTRUMENTS = 10;

    /** An instrument's code as callers may send it: any case. */
    public static final String INSTRUMENT_CODE_PATTERN = "^[A-Za-z0-9-]{1,32}$";

    private AnswerShapes() {
    }

    @Schema(name = "InstrumentCode", type = SchemaType.STRING, maxLength = InstrumentDefinition.CODE_MAX,
            pattern = INSTRUMENT_CODE_PATTERN, examples = "PHQ-9",
            description = "An instrument's code, case-insensitive: `PHQ-9`, `GAD-7`, `AUDIT`, `AUDIT-C`, `DAST-10`, "
                    + "`CSSRS-SCREEN` (`GET /instruments` lists them).")
    public static final class InstrumentCode {
        private InstrumentCode() {
        }
    }

    @Schema(name = "InstrumentAnswer", type = SchemaType.INTEGER, format = "int32", nullable = true, minimum = "0",
            maximum = "" + InstrumentDefinition.MAX_SCORE,
            description = "The chosen option's score, or null for an item the skip rules skip.")
    public static final class Answer {
        private Answer() {
        }
    }

    /** What the answers to one instrument are, wherever they are sent. */
    public static final String ANSWERS = "One value per item, in item order: the score of the chosen option as the "
            + "instrument defines it (DAST-10 question 3: `1` means No; AUDIT questions 9 and 10: `0`, `2` or `4`); "
            + "`null` only for an item the instrument's skip rules skip (C-SSRS question 2 answered `0`: questions 3 "
            + "to 5 must be null; AUDIT question 1 answered `0`: questions 2 to 8 may be null). A wrong number of "
            + "values, a value an item does not allow, a missing answer or an answer to an item that must be skipped "
            + "is a 400 naming each item, from 0 (`answers[3]`; `instruments.PHQ-9[3]` in an assessment).";

    /**
     * The answers to one instrument. A property of this shape is declared inline (type ARRAY with
     * {@link Answer} as its items): referring to this class from a property would type it an object.
     */
    @Schema(name = "InstrumentAnswers", type = SchemaType.ARRAY, maxItems = InstrumentDefinition.MAX_ITEMS,
            implementation = Answer.class, description = ANSWERS)
    public static final class Answers {
        private Answers() {
        }
    }

    @Schema(name = "AnswersByInstrument", type = SchemaType.OBJECT, maxProperties = MAX_INSTRUMENTS,
            propertyNames = InstrumentCode.class, additionalProperties = Answers.class,
            description = "The screeners taken, if any: instrument code (any case) → its answers, each instrument at "
                    + "most once. An unknown code, the same instrument twice or more than " + MAX_INSTRUMENTS
                    + " instruments is a 400.")
    public static final class ByInstrument {
        private ByInstrument() {
        }
    }

    @Schema(name = "LevelOfCareQuestionId", type = SchemaType.STRING, maxLength = Questionnaire.ID_MAX,
            pattern = Questionnaire.ID_PATTERN, examples = "recentUse",
            description = "A question's `id` from `GET /assessments/questions`.")
    public static final class QuestionId {
        private QuestionId() {
        }
    }

    @Schema(name = "LevelOfCareOptionCode", type = SchemaType.STRING, maxLength = Questionnaire.CODE_MAX,
            pattern = Questionnaire.CODE_PATTERN, examples = "MOST_DAYS",
            description = "The `code` of the chosen option of that question.")
    public static final class OptionCode {
        private OptionCode() {
        }
    }

    @Schema(name = "DimensionAnswers", type = SchemaType.OBJECT, maxProperties = Questionnaire.MAX_QUESTIONS,
            propertyNames = QuestionId.class, additionalProperties = OptionCode.class,
            description = "For one ASAM dimension: question id → the code of the chosen option. Every question of the "
                    + "dimension is answered; an unknown question or option is a 400 naming it.")
    public static final class DimensionAnswers {
        private DimensionAnswers() {
        }
    }

    @Schema(name = "LevelOfCareAnswers", type = SchemaType.OBJECT, additionalProperties = Schema.False.class,
            description = "The answers to the level-of-care questions, by ASAM dimension (see "
                    + "`GET /assessments/questions`): question id → chosen option code. The questions "
                    + "are `substance`, `recentUse`, `withdrawal`, `seizureHistory`; `physicalHealth`; `mentalHealth`, "
                    + "`harmThoughts`; `readiness`; `continuedUse`; `home`. Leave `dimensions` out for an assessment of "
                    + "screeners only (then at least one instrument, and no recommendation). When given, every dimension "
                    + "and every question is needed: with a dimension or question missing the answer is a 400 naming "
                    + "it, unless the answers given show imminent risk (then the crisis answer is given, listing what "
                    + "could not be used in `incompleteAnswers`).",
            properties = {
                    @SchemaProperty(name = "WITHDRAWAL", implementation = DimensionAnswers.class),
                    @SchemaProperty(name = "BIOMEDICAL", implementation = DimensionAnswers.class),
                    @SchemaProperty(name = "EMOTIONAL", implementation = DimensionAnswers.class),
                    @SchemaProperty(name = "READINESS", implementation = DimensionAnswers.class),
                    @SchemaProperty(name = "RELAPSE", implementation = DimensionAnswers.class),
                    @SchemaProperty(name = "ENVIRONMENT", implementation = DimensionAnswers.class)})
    public static final class ByDimension {
        private ByDimension() {
        }
    }
}
