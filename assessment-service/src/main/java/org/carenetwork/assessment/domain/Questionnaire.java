package org.carenetwork.assessment.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The level-of-care questions ({@code level-of-care/questions.json}): plain-language questions a
 * website visitor or a loved one answers in two minutes, grouped by ASAM dimension, each answer
 * rated 0–4 for risk and carrying the {@link Signal}s the rules need. The same record is the API's
 * shape for {@code GET /assessments/questions}. The limits below are the contract's bounds, checked
 * when the questions are loaded.
 */
@Schema(name = "LevelOfCareQuestions", description = "The plain-language questions behind `dimensions` in an "
        + "assessment, grouped by ASAM dimension; each option carries its code (what to send), its text and its risk "
        + "rating (0 to 4).")
public record Questionnaire(
        @Schema(required = true, maxLength = TEXT_MAX, description = "What the questions are for, in plain words.")
        String intro,
        @Schema(required = true, minItems = 6, maxItems = 6, description = "Every ASAM dimension once, in ASAM order.")
        List<DimensionQuestions> dimensions) {

    public static final int MAX_QUESTIONS = 10;
    public static final int MAX_OPTIONS = 10;
    public static final int ID_MAX = 40;
    /** A question's id, as a key of {@code dimensions.<DIMENSION>} in a request. */
    public static final String ID_PATTERN = "^[a-z][A-Za-z0-9]{0,39}$";
    public static final int CODE_MAX = 40;
    /** An option's code, the value sent for a question. */
    public static final String CODE_PATTERN = "^[A-Z0-9_]{1,40}$";
    public static final int TITLE_MAX = 100;
    public static final int TEXT_MAX = 500;

    @Schema(name = "LevelOfCareDimension", description = "The questions of one ASAM dimension.")
    public record DimensionQuestions(
            @Schema(required = true) Dimension dimension,
            @Schema(required = true, maxLength = TITLE_MAX, examples = "Alcohol or drug use and withdrawal") String title,
            @Schema(required = true, minItems = 1, maxItems = MAX_QUESTIONS) List<Question> questions) {

        public Optional<Question> question(String id) {
            return questions.stream().filter(q -> q.id().equals(id)).findFirst();
        }
    }

    @Schema(name = "LevelOfCareQuestion", description = "One question; its answer is one of its options' codes.")
    public record Question(
            @Schema(required = true, maxLength = ID_MAX, pattern = ID_PATTERN, examples = "withdrawal",
                    description = "What to name the question by in `dimensions.<DIMENSION>` of an assessment.")
            String id,
            @Schema(required = true, maxLength = TEXT_MAX) String text,
            @Schema(required = true, minItems = 1, maxItems = MAX_OPTIONS) List<Option> options) {

        public Optional<Option> option(String code) {
            return options.stream().filter(o -> o.code().equals(code)).findFirst();
        }
    }

    @Schema(name = "QuestionOption", description = "One answer to a level-of-care question.")
    public record Option(
            @Schema(required = true, maxLength = CODE_MAX, pattern = CODE_PATTERN, examples = "MOST_DAYS",
                    description = "What to send as the answer.")
            String code,
            @Schema(required = true, maxLength = TEXT_MAX) String text,
            @Schema(required = true, minimum = "0", maximum = "4", format = "int32",
                    description = "The risk this answer shows in its dimension: 0 none to 4 severe.")
            int rating,
            @Schema(required = true, maxItems = 8, uniqueItems = true,
                    description = "What the level-of-care rules read from this answer; often empty.")
            Set<Signal> signals) {
    }

    @JsonIgnore
    public DimensionQuestions of(Dimension dimension) {
        return dimensions.stream().filter(d -> d.dimension() == dimension).findFirst().orElseThrow();
    }

    /** The questionnaire shipped with the service, checked: every dimension once, ratings 0–4, unique ids. */
    public static Questionnaire load() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = Questionnaire.class.getClassLoader().getResourceAsStream("level-of-care/questions.json")) {
            if (in == null) {
                throw new IllegalStateException("missing level-of-care/questions.json");
            }
            Questionnaire q = json.readValue(in, Questionnaire.class);
            q.validate();
            return q;
        } catch (IOException e) {
            throw new IllegalStateException("unreadable level-of-care/questions.json", e);
        }
    }

    private void validate() {
        Set<Dimension> seen = EnumSet.noneOf(Dimension.class);
        within("intro", intro, TEXT_MAX);
        for (DimensionQuestions d : dimensions) {
            if (!seen.add(d.dimension()) || d.questions().isEmpty() || d.questions().size() > MAX_QUESTIONS) {
                throw new IllegalStateException("dimension " + d.dimension() + " must appear once, with 1 to "
                        + MAX_QUESTIONS + " questions");
            }
            within("title of " + d.dimension(), d.title(), TITLE_MAX);
            Set<String> ids = new HashSet<>();
            for (Question question : d.questions()) {
                Set<String> codes = new HashSet<>();
                if (question.id() == null || !question.id().matches(ID_PATTERN) || !ids.add(question.id())
                        || question.options().isEmpty() || question.options().size() > MAX_OPTIONS) {
                    throw new IllegalStateException("question " + question.id() + " is repeated, not an id like "
                            + ID_PATTERN + ", or has not 1 to " + MAX_OPTIONS + " options");
                }
                within("question " + question.id(), question.text(), TEXT_MAX);
                for (Option o : question.options()) {
                    if (o.code() == null || !o.code().matches(CODE_PATTERN) || !codes.add(o.code())
                            || o.rating() < 0 || o.rating() > 4 || o.signals() == null) {
                        throw new IllegalStateException("option " + question.id() + "." + o.code()
                                + " is repeated, not a code like " + CODE_PATTERN + ", not rated 0 to 4 or without signals");
                    }
                    within("option " + question.id() + "." + o.code(), o.text(), TEXT_MAX);
                }
            }
        }
        if (!seen.equals(EnumSet.allOf(Dimension.class))) {
            throw new IllegalStateException("every ASAM dimension needs questions; missing "
                    + EnumSet.complementOf(EnumSet.copyOf(seen)));
        }
    }

    private static void within(String what, String text, int max) {
        if (text == null || text.isBlank() || text.length() > max) {
            throw new IllegalStateException(what + " must be given, in at most " + max + " characters");
        }
    }
}
