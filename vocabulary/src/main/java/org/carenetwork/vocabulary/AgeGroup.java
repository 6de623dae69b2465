package org.carenetwork.vocabulary;

/** The age group a screen and a level of care are chosen for. */
public enum AgeGroup {
    ADULT, ADOLESCENT
}
