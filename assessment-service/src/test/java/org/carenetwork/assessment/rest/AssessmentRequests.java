package org.carenetwork.assessment.rest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@code POST /assessments} bodies: every level-of-care question at its no-risk answer unless changed. */
final class AssessmentRequests {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> dimensions = new LinkedHashMap<>();
    private final Map<String, List<Integer>> instruments = new LinkedHashMap<>();

    private AssessmentRequests() {
        body.put("respondent", "SELF");
        body.put("ageGroup", "ADULT");
        body.put("instruments", instruments);
        body.put("dimensions", dimensions);
        body.put("consentToShare", false);
        dimension("WITHDRAWAL", "substance", "NONE", "recentUse", "NOT_AT_ALL", "withdrawal", "NOTHING", "seizureHistory", "NO");
        dimension("BIOMEDICAL", "physicalHealth", "WELL");
        dimension("EMOTIONAL", "mentalHealth", "STABLE", "harmThoughts", "NO");
        dimension("READINESS", "readiness", "READY");
        dimension("RELAPSE", "continuedUse", "STABLE");
        dimension("ENVIRONMENT", "home", "SUPPORTIVE");
    }

    static AssessmentRequests adult() {
        return new AssessmentRequests();
    }

    AssessmentRequests set(String dimension, String question, String option) {
        dimensions.get(dimension).put(question, option);
        return this;
    }

    AssessmentRequests instrument(String code, Integer... answers) {
        instruments.put(code, java.util.Arrays.asList(answers));
        return this;
    }

    AssessmentRequests field(String name, Object value) {
        body.put(name, value);
        return this;
    }

    Map<String, Object> build() {
        return body;
    }

    private void dimension(String name, String... questionAnswer) {
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < questionAnswer.length; i += 2) {
            answers.put(questionAnswer[i], questionAnswer[i + 1]);
        }
        dimensions.put(name, answers);
    }
}
