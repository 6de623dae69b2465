package org.carenetwork.facility.service;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carenetwork.vocabulary.Condition;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.Medication;
import org.carenetwork.vocabulary.PaymentType;
import org.carenetwork.vocabulary.Population;
import org.carenetwork.vocabulary.Schedule;

/**
 * A validated facility search. Repeated values of one filter mean "any of them"; different
 * filters all apply. The program filters (levels, schedules, populations, conditions,
 * acceptingNow) must all hold for one and the same program of a site; a medication, for any program
 * of it (the catalog records medications on the MAT program).
 *
 * @param center null for a search without distance
 * @param words  lower-case words that must all appear in the name
 */
public record SearchQuery(Set<UUID> ids, Set<UUID> excludedIds, Center center, String state, String city, Set<LevelOfCare> levels,
                          Set<PaymentType> paymentTypes, Set<Population> populations, Set<Condition> conditions,
                          Set<String> languages, Set<Schedule> schedules, Set<Medication> medications,
                          boolean acceptingNow, List<String> words,
                          int page, int size) {

    public record Center(double lat, double lon, double radiusMiles) {
    }

    /** Filters only a program row can answer; the levels alone are answered by the facility's level list. */
    boolean hasPerProgramFilter() {
        return !schedules.isEmpty() || !populations.isEmpty() || !conditions.isEmpty() || acceptingNow;
    }
}
