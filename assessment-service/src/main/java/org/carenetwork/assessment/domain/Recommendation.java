package org.carenetwork.assessment.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.carenetwork.vocabulary.LevelOfCare;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The level-of-care answer. In a crisis {@code levelOfCare}, {@code asamLevel} and
 * {@code hoursPerWeek} are null and {@code alternatives} empty: no level is offered as if it were
 * enough. When withdrawal management comes first, {@code levelOfCare} is {@code DETOX} and
 * {@code nextLevelOfCare} the level to step down to after it.
 *
 * <p>The bounds are what {@link LevelOfCareRules} can produce: at most two neighbours on the ladder
 * plus MAT as alternatives; at most eleven rationale sentences (the withdrawal reason, one per
 * dimension, two medication reasons, the hours, the notice), each built from the rules' own
 * phrases and the definitions' texts, so well under 1,000 characters.
 *
 * @param ratings   each ASAM dimension's risk rating, 0–4, as the rules used it
 * @param rationale sentences a caller can read aloud: what led to the level, ending with the
 *                  decision-support notice
 */
@Schema(name = "Recommendation", description = "The recommended level of care, explained. Decision support, not a "
        + "diagnosis: a clinician confirms the level with the person. In a crisis `levelOfCare`, `asamLevel`, "
        + "`nextLevelOfCare` and `hoursPerWeek` are null and `alternatives` empty: no level is offered as if it were "
        + "enough. When withdrawal management comes first, `levelOfCare` is `DETOX` and `nextLevelOfCare` the level to "
        + "step down to after it.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Recommendation(
        @Schema(required = true, nullable = true, maxLength = LEVEL_MAX, description = "The level to start at; null in a crisis.")
        LevelOfCare levelOfCare,
        @Schema(required = true, nullable = true, maxLength = 6, pattern = ASAM_LEVEL_PATTERN, examples = "2.1",
                description = "The ASAM level of `levelOfCare` (`3.7-WM` or `4-WM` for withdrawal management); null "
                        + "in a crisis.")
        String asamLevel,
        @Schema(required = true, nullable = true, maxLength = LEVEL_MAX, description = "After detox: the level to step down to; null "
                + "otherwise.")
        LevelOfCare nextLevelOfCare,
        @Schema(required = true, maxItems = 3, description = "Other levels to consider: the neighbours of the level on "
                + "the ladder (or the level after detox), and `MAT` when medication should be considered; empty in a "
                + "crisis.")
        List<LevelOfCare> alternatives,
        @Schema(required = true, description = "Whether detox (withdrawal management) comes first.")
        boolean withdrawalManagement,
        @Schema(required = true, description = "Whether medication for addiction treatment should be considered.")
        boolean mat,
        @Schema(required = true, nullable = true, maxLength = 100, examples = "9 to 19 hours a week, over 3 to 5 days",
                description = "What the level means in hours of care, for this age group, as text; null in a crisis.")
        String hoursPerWeek,
        @Schema(required = true, maxProperties = 6, propertyNames = Dimension.class,
                description = "Each ASAM dimension's risk rating, 0 (none) to 4 (severe), as the rules used it; a "
                        + "dimension is missing only from a crisis answer whose answers to it could not be used.")
        Map<Dimension, @Min(0) @Max(4) Integer> ratings,
        @Schema(required = true, minItems = 1, maxItems = 12, description = "Sentences a caller can read aloud: what "
                + "led to the level, one per dimension that drove it, ending with the decision-support notice.")
        List<@Size(max = 1000) String> rationale) {

    /**
     * The longest {@link LevelOfCare} name: a nullable level is documented as "the enum, or null" next
     * to a nullable string type, which needs its bound too.
     */
    static final int LEVEL_MAX = 11;

    /** What {@link LevelOfCareRules} gives: a placement's level, or detox's. */
    public static final String ASAM_LEVEL_PATTERN = "^(1|2\\.1|2\\.5|3\\.5|3\\.7|4|3\\.7-WM|4-WM)$";
}
