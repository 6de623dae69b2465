package org.carenetwork.insurance;

/** The suite's one vocabulary of levels of care (domain.md). */
public enum LevelOfCare {
    DETOX, INPATIENT, RESIDENTIAL, PHP, IOP, OP, MAT
}
