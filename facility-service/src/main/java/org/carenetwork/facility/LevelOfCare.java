package org.carenetwork.facility;

import java.util.Set;

/** The levels of care of domain.md, each with the ASAM levels a program at that level may carry. */
public enum LevelOfCare {
    DETOX(Set.of("1-WM", "2-WM", "3.2-WM", "3.7-WM", "4-WM")),
    INPATIENT(Set.of("4")),
    RESIDENTIAL(Set.of("3.1", "3.3", "3.5", "3.7")),
    PHP(Set.of("2.5")),
    IOP(Set.of("2.1")),
    OP(Set.of("1", "OTP")),
    /** Medication overlays any level, so any ASAM level goes. */
    MAT(Set.of("1", "2.1", "2.5", "3.1", "3.3", "3.5", "3.7", "4", "1-WM", "2-WM", "3.2-WM", "3.7-WM", "4-WM", "OTP"));

    /** ASAM: partial hospitalization is at least 20 hours a week, intensive outpatient under 20. */
    public static final int PHP_MIN_HOURS = 20;

    private final Set<String> asamLevels;

    LevelOfCare(Set<String> asamLevels) {
        this.asamLevels = asamLevels;
    }

    public boolean allowsAsamLevel(String asamLevel) {
        return asamLevels.contains(asamLevel);
    }

    /** Why these weekly hours do not fit this level, or null when they do. */
    public String hoursProblem(double hoursPerWeek) {
        if (this == PHP && hoursPerWeek < PHP_MIN_HOURS) {
            return "a PHP program runs at least " + PHP_MIN_HOURS + " hours a week (ASAM 2.5); "
                    + "fewer hours make it IOP";
        }
        if (this == IOP && hoursPerWeek >= PHP_MIN_HOURS) {
            return "an IOP program runs fewer than " + PHP_MIN_HOURS + " hours a week (ASAM 2.1); "
                    + PHP_MIN_HOURS + " or more make it PHP";
        }
        return null;
    }
}
