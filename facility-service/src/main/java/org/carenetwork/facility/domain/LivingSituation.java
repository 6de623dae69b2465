package org.carenetwork.facility.domain;

/** Where a person lives while in a level of care (domain.md, "hours / setting"). */
public enum LivingSituation {
    /** Lives at home and comes for treatment. */
    HOME,
    /** Lives at the treatment facility, around the clock. */
    FACILITY,
    /** In a hospital, around the clock. */
    HOSPITAL,
    /** At a facility around the clock, or at home (ambulatory), as the need decides. */
    HOME_OR_FACILITY,
    /** Not a setting of its own: given together with any level of care. */
    WITH_ANY_LEVEL
}
