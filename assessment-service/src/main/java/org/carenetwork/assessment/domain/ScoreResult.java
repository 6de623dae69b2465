package org.carenetwork.assessment.domain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The score of one questionnaire: {@code total} is null for an instrument banded by items rather
 * than by a sum (the C-SSRS screener). Every string comes from the instrument's definition, so
 * its bounds are the definition's.
 */
@Schema(name = "ScoreResult", description = "The result of one instrument: its total, its severity band and the "
        + "flags the answers raise.")
public record ScoreResult(
        @Schema(required = true, maxLength = InstrumentDefinition.CODE_MAX, pattern = InstrumentDefinition.CODE_PATTERN,
                examples = "PHQ-9", description = "The instrument's code, as defined (upper case).")
        String instrument,
        @Schema(required = true, nullable = true, minimum = "0", maximum = "" + InstrumentDefinition.MAX_TOTAL,
                format = "int32", examples = "14",
                description = "The summed score; null for an instrument banded by items rather than by a sum "
                        + "(CSSRS-SCREEN).")
        Integer total,
        @Schema(required = true, maxLength = InstrumentDefinition.KEY_MAX, pattern = InstrumentDefinition.KEY_PATTERN,
                examples = "MODERATE", description = "The code of the severity band, one of the instrument's `bands`.")
        String band,
        @Schema(required = true, maxLength = InstrumentDefinition.NAME_MAX, examples = "Moderate depression",
                description = "The band in words.")
        String bandLabel,
        @Schema(required = true, maxItems = InstrumentDefinition.MAX_FLAGS,
                description = "The flags the answers raise (for example PHQ-9 question 9 above 0); empty when none.")
        List<Flag> flags) {

    @Schema(name = "ScoreFlag", description = "Something in the answers that needs attention whatever the band.")
    public record Flag(
            @Schema(required = true, maxLength = InstrumentDefinition.KEY_MAX, pattern = InstrumentDefinition.KEY_PATTERN,
                    examples = "SELF_HARM_THOUGHTS")
            String code,
            @Schema(required = true, maxLength = InstrumentDefinition.TEXT_MAX,
                    description = "What this flag means and what to do, for a person to read. It explains the "
                            + "flag only: the crisis text is always the answer's top-level `crisisMessage`.")
            String message) {
    }

    public boolean hasFlag(String code) {
        return flags.stream().anyMatch(f -> f.code().equals(code));
    }
}
