package org.carenetwork.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ASAM's six dimensions, each rated 0 (no risk) to 4 (severe risk). */
@Schema(name = "AsamDimension", description = "The six ASAM dimensions: 1 intoxication and withdrawal, 2 "
        + "physical health, 3 emotional and mental health, 4 readiness to change, 5 risk of continued use or "
        + "relapse, 6 recovery and living environment.")
public enum Dimension {
    WITHDRAWAL(1, "Intoxication and withdrawal"),
    BIOMEDICAL(2, "Physical health"),
    EMOTIONAL(3, "Emotional and mental health"),
    READINESS(4, "Readiness to change"),
    RELAPSE(5, "Risk of continued use or relapse"),
    ENVIRONMENT(6, "Recovery and living environment");

    private final int asamNumber;
    private final String spoken;

    Dimension(int asamNumber, String spoken) {
        this.asamNumber = asamNumber;
        this.spoken = spoken;
    }

    public int asamNumber() {
        return asamNumber;
    }

    public String spoken() {
        return spoken;
    }
}
