package org.carenetwork.facility.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.carenetwork.facility.LevelOfCare;
import org.carenetwork.facility.Vocabulary.Condition;
import org.carenetwork.facility.Vocabulary.Medication;
import org.carenetwork.facility.Vocabulary.Population;
import org.carenetwork.facility.Vocabulary.Schedule;
import org.carenetwork.facility.Vocabulary.Therapy;

/**
 * One level of care a site runs. {@code openings} is null until someone confirms it;
 * {@code openingsStale} is true when that confirmation is older than the configured age (or never happened).
 */
public record ProgramView(LevelOfCare levelOfCare, String asamLevel, List<Schedule> schedules, BigDecimal hoursPerWeek,
                          List<Population> populations, List<Condition> conditions, List<Therapy> therapies,
                          List<Medication> medications, Integer openings, Instant openingsUpdatedAt,
                          boolean openingsStale, boolean acceptingNewPatients) {
}
