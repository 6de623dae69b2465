package org.carenetwork.assessment.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.carenetwork.assessment.domain.Dimension;
import org.carenetwork.vocabulary.AgeGroup;
import org.carenetwork.vocabulary.SeekingCareFor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /assessments}.
 *
 * @param instruments screener code → answers, one per item in order, each the option's score;
 *                    {@code null} for an item the instrument's skip rules skip
 * @param dimensions  the level-of-care questions: dimension → question id → chosen option code
 *                    (see {@code GET /assessments/questions})
 */
@Schema(name = "AssessmentInput", description = "An assessment to take: who answers, for which age group, the "
        + "screeners' answers and the answers to the level-of-care questions.")
public record AssessmentRequest(
        @Schema(required = true, description = "Who answers: `SELF`, or `LOVED_ONE` when someone answers for another "
                + "person.")
        @NotNull SeekingCareFor respondent,
        @Schema(required = true, description = "The age group care is sought for: adolescents' outpatient hours differ "
                + "from adults'.")
        @NotNull AgeGroup ageGroup,
        @Schema(implementation = AnswerShapes.ByInstrument.class)
        Map<String, List<Integer>> instruments,
        @Schema(implementation = AnswerShapes.ByDimension.class)
        Map<Dimension, Map<String, String>> dimensions,
        @Schema(defaultValue = "false", description = "Whether the respondent consents to the assessment being shared "
                + "(42 CFR Part 2): with it, the network's CALL_CENTER and ADMISSIONS staff may read it, and so may the "
                + "PARTNER that took it; without it, only the holder of its `accessToken`.")
        boolean consentToShare) {
}
