package org.carenetwork.vocabulary;

/**
 * The levels of care of domain.md, the one vocabulary every service and the gateway use.
 * {@link #MAT} overlays any level and {@link #DETOX} (withdrawal management) comes before one.
 */
public enum LevelOfCare {
    DETOX, INPATIENT, RESIDENTIAL, PHP, IOP, OP, MAT
}
