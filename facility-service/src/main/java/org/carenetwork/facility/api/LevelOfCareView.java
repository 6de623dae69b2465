package org.carenetwork.facility.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.carenetwork.facility.domain.LivingSituation;
import org.carenetwork.vocabulary.LevelOfCare;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One level of care as a person seeking care reads it, in the language asked for. */
@Schema(name = "LevelOfCareInfo", description = "What a level of care is: its ASAM levels, setting, weekly hours and days, "
        + "who it is for, in plain language.")
public record LevelOfCareView(
        @Schema(required = true) LevelOfCare levelOfCare,
        @Schema(required = true, maxLength = 100, example = "Intensive outpatient (IOP)") String name,
        @Schema(required = true, maxItems = 5, description = "The ASAM Criteria levels it covers (`OTP`: an opioid "
                + "treatment program).", example = "[\"2.1\"]")
        List<@Size(max = 6) @Pattern(regexp = "^(1|2\\.1|2\\.5|3\\.1|3\\.3|3\\.5|3\\.7|4|1-WM|2-WM|3\\.2-WM|3\\.7-WM|4-WM|OTP)$")
                String> asamLevels,
        @Schema(required = true, description = "Where the person lives during it.") LivingSituation livingSituation,
        @Schema(required = true, maxLength = 200, example = "Lives at home, with day or evening sessions")
        String livingSituationText,
        @Schema(required = true, description = "True for care around the clock (24 hours, 7 days).") boolean roundTheClock,
        @Schema(required = true, nullable = true, minimum = "0", maximum = "168", description = "Fewest hours of "
                + "treatment a week (whole hours, included); null when the level sets no lower bound.", example = "9")
        Integer hoursPerWeekMin,
        @Schema(required = true, nullable = true, minimum = "0", maximum = "168", description = "Most hours of treatment "
                + "a week (whole hours, included); null when the level sets no upper bound.", example = "19")
        Integer hoursPerWeekMax,
        @Schema(required = true, nullable = true, minimum = "1", maximum = "7", example = "3",
                description = "Fewest days a week; null when the sources fix none.")
        Integer daysPerWeekMin,
        @Schema(required = true, nullable = true, minimum = "1", maximum = "7", example = "5",
                description = "Most days a week; null when the sources fix none.")
        Integer daysPerWeekMax,
        @Schema(required = true, maxLength = 500, description = "Who the level is for.") String whoFor,
        @Schema(required = true, maxLength = 500, description = "What happens there, in plain language.") String description) {
}
