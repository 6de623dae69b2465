package org.carenetwork.facility.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.carenetwork.vocabulary.Condition;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.Medication;
import org.carenetwork.vocabulary.Population;
import org.carenetwork.vocabulary.Schedule;
import org.carenetwork.vocabulary.Therapy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One level of care a site runs. {@code openings} is null until someone confirms it;
 * {@code openingsStale} is true when that confirmation is older than the configured age (or never happened).
 * Every field is always written (the database builds this JSON for reads), null where there is no value.
 */
@Schema(name = "Program", description = "One level of care a site runs, with its openings.")
public record ProgramView(
        @Schema(required = true) LevelOfCare levelOfCare,
        // A pattern, not an enum: null (no level recorded) would fail an enum without it.
        @Schema(required = true, nullable = true, maxLength = 6,
                pattern = "^(1|2\\.1|2\\.5|3\\.1|3\\.3|3\\.5|3\\.7|4|1-WM|2-WM|3\\.2-WM|3\\.7-WM|4-WM|OTP)$",
                description = "The ASAM level, one that belongs to the level of care (`OTP`: an opioid treatment program).",
                example = "2.1")
        String asamLevel,
        @Schema(required = true, maxItems = 3) List<Schedule> schedules,
        @Schema(required = true, nullable = true, exclusiveMinimum = true, minimum = "0", maximum = "168",
                description = "Hours of treatment a week, to 0.1: under 20 for IOP, 20 or more for PHP (ASAM 2.1 and 2.5).",
                example = "9")
        BigDecimal hoursPerWeek,
        @Schema(required = true, maxItems = 16, description = "Groups the program is designed for.") List<Population> populations,
        @Schema(required = true, maxItems = 9, description = "Conditions the program treats.") List<Condition> conditions,
        @Schema(required = true, maxItems = 10) List<Therapy> therapies,
        @Schema(required = true, maxItems = 3, description = "Medications offered for opioid and alcohol use disorder (MAT).")
        List<Medication> medications,
        @Schema(required = true, nullable = true, minimum = "0", maximum = "10000",
                description = "Openings today, as last confirmed; null until someone confirms them.", example = "3")
        Integer openings,
        // The scan types a nullable instant as a string beside its reference, so the string gets Instant's bound too.
        @Schema(required = true, nullable = true, maxLength = 40, description = "When the openings were last confirmed; "
                + "null if never.")
        Instant openingsUpdatedAt,
        @Schema(required = true, description = "True when the openings were not confirmed for longer than the configured "
                + "age (48 hours unless configured otherwise), or never.")
        boolean openingsStale,
        @Schema(required = true) boolean acceptingNewPatients) {
}
