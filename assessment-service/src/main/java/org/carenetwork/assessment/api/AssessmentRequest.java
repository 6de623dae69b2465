package org.carenetwork.assessment.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.carenetwork.assessment.domain.Dimension;
import org.carenetwork.vocabulary.AgeGroup;
import org.carenetwork.vocabulary.SeekingCareFor;

/**
 * {@code POST /assessments}.
 *
 * @param instruments screener code → answers, one per item in order, each the option's score;
 *                    {@code null} for an item the instrument's skip rules skip
 * @param dimensions  the level-of-care questions: dimension → question id → chosen option code
 *                    (see {@code GET /assessments/questions})
 */
public record AssessmentRequest(@NotNull SeekingCareFor respondent, @NotNull AgeGroup ageGroup,
                                Map<String, List<Integer>> instruments,
                                Map<Dimension, Map<String, String>> dimensions,
                                boolean consentToShare) {
}
