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

/**
 * The level-of-care questions ({@code level-of-care/questions.json}): plain-language questions a
 * website visitor or a loved one answers in two minutes, grouped by ASAM dimension, each answer
 * rated 0–4 for risk and carrying the {@link Signal}s the rules need. The same record is the API's
 * shape for {@code GET /assessments/questions}.
 */
public record Questionnaire(String intro, List<DimensionQuestions> dimensions) {

    public record DimensionQuestions(Dimension dimension, String title, List<Question> questions) {

        public Optional<Question> question(String id) {
            return questions.stream().filter(q -> q.id().equals(id)).findFirst();
        }
    }

    public record Question(String id, String text, List<Option> options) {

        public Optional<Option> option(String code) {
            return options.stream().filter(o -> o.code().equals(code)).findFirst();
        }
    }

    public record Option(String code, String text, int rating, Set<Signal> signals) {
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
        for (DimensionQuestions d : dimensions) {
            if (!seen.add(d.dimension()) || d.questions().isEmpty()) {
                throw new IllegalStateException("dimension " + d.dimension() + " must appear once, with questions");
            }
            Set<String> ids = new HashSet<>();
            for (Question question : d.questions()) {
                Set<String> codes = new HashSet<>();
                if (!ids.add(question.id()) || question.options().isEmpty()) {
                    throw new IllegalStateException("question " + question.id() + " is repeated or has no options");
                }
                for (Option o : question.options()) {
                    if (!codes.add(o.code()) || o.rating() < 0 || o.rating() > 4) {
                        throw new IllegalStateException("option " + question.id() + "." + o.code()
                                + " is repeated or not rated 0 to 4");
                    }
                }
            }
        }
        if (!seen.equals(EnumSet.allOf(Dimension.class))) {
            throw new IllegalStateException("every ASAM dimension needs questions; missing "
                    + EnumSet.complementOf(EnumSet.copyOf(seen)));
        }
    }
}
