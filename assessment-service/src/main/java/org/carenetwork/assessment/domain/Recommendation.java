package org.carenetwork.assessment.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.carenetwork.vocabulary.LevelOfCare;

/**
 * The level-of-care answer. In a crisis {@code levelOfCare}, {@code asamLevel} and
 * {@code hoursPerWeek} are null and {@code alternatives} empty: no level is offered as if it were
 * enough. When withdrawal management comes first, {@code levelOfCare} is {@code DETOX} and
 * {@code nextLevelOfCare} the level to step down to after it.
 *
 * @param ratings   each ASAM dimension's risk rating, 0–4, as the rules used it
 * @param rationale sentences a caller can read aloud: what led to the level, ending with the
 *                  decision-support notice
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Recommendation(LevelOfCare levelOfCare, String asamLevel, LevelOfCare nextLevelOfCare,
                             List<LevelOfCare> alternatives, boolean withdrawalManagement, boolean mat,
                             String hoursPerWeek, Map<Dimension, Integer> ratings, List<String> rationale) {
}
