package org.carenetwork.assessment.levelofcare;

/**
 * The suite's one vocabulary of levels (domain.md). {@link #MAT} overlays any level and
 * {@link #DETOX} comes before one; the others form a ladder of intensity, least first.
 */
public enum LevelOfCare {
    DETOX("medically supervised detox (withdrawal management)"),
    INPATIENT("medically managed inpatient care"),
    RESIDENTIAL("residential treatment"),
    PHP("partial hospitalization"),
    IOP("intensive outpatient care"),
    OP("outpatient care"),
    MAT("medication for addiction treatment");

    private final String spoken;

    LevelOfCare(String spoken) {
        this.spoken = spoken;
    }

    /** The level in words a caller can read aloud. */
    public String spoken() {
        return spoken;
    }
}
