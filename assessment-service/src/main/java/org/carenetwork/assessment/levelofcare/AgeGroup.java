package org.carenetwork.assessment.levelofcare;

public enum AgeGroup {
    ADULT, ADOLESCENT
}
