package org.carenetwork.assessment.levelofcare;

/** Who answered: the person themselves, or someone who cares about them. */
public enum Respondent {
    SELF, LOVED_ONE
}
