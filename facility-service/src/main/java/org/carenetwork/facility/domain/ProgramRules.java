package org.carenetwork.facility.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.carenetwork.vocabulary.LevelOfCare;

/** What a program at each level of care may be: the ASAM levels it carries and its weekly hours (domain.md). */
public final class ProgramRules {

    /** ASAM: partial hospitalization is at least 20 hours a week, intensive outpatient under 20. */
    public static final int PHP_MIN_HOURS = 20;

    private static final Map<LevelOfCare, Set<String>> ASAM_LEVELS = new EnumMap<>(Map.of(
            LevelOfCare.DETOX, Set.of("1-WM", "2-WM", "3.2-WM", "3.7-WM", "4-WM"),
            LevelOfCare.INPATIENT, Set.of("4"),
            LevelOfCare.RESIDENTIAL, Set.of("3.1", "3.3", "3.5", "3.7"),
            LevelOfCare.PHP, Set.of("2.5"),
            LevelOfCare.IOP, Set.of("2.1"),
            LevelOfCare.OP, Set.of("1", "OTP"),
            // Medication overlays any level, so any ASAM level goes.
            LevelOfCare.MAT, Set.of("1", "2.1", "2.5", "3.1", "3.3", "3.5", "3.7", "4", "1-WM", "2-WM", "3.2-WM",
                    "3.7-WM", "4-WM", "OTP")));

    private ProgramRules() {
    }

    public static boolean allowsAsamLevel(LevelOfCare level, String asamLevel) {
        return ASAM_LEVELS.get(level).contains(asamLevel);
    }

    /** Why these weekly hours do not fit the level, or null when they do. */
    public static String hoursProblem(LevelOfCare level, double hoursPerWeek) {
        if (level == LevelOfCare.PHP && hoursPerWeek < PHP_MIN_HOURS) {
            return "a PHP program runs at least " + PHP_MIN_HOURS + " hours a week (ASAM 2.5); fewer hours make it IOP";
        }
        if (level == LevelOfCare.IOP && hoursPerWeek >= PHP_MIN_HOURS) {
            return "an IOP program runs fewer than " + PHP_MIN_HOURS + " hours a week (ASAM 2.1); "
                    + PHP_MIN_HOURS + " or more make it PHP";
        }
        return null;
    }
}
