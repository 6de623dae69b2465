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

/**
 * One level of care a site runs. {@code openings} is null until someone confirms it;
 * {@code openingsStale} is true when that confirmation is older than the configured age (or never happened).
 */
public record ProgramView(LevelOfCare levelOfCare, String asamLevel, List<Schedule> schedules, BigDecimal hoursPerWeek,
                          List<Population> populations, List<Condition> conditions, List<Therapy> therapies,
                          List<Medication> medications, Integer openings, Instant openingsUpdatedAt,
                          boolean openingsStale, boolean acceptingNewPatients) {
}
