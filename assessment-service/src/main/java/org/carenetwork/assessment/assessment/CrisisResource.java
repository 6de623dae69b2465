package org.carenetwork.assessment.assessment;

import java.util.List;

/** A line to call; 988 and 911 always come first. */
public record CrisisResource(String name, String contact, String when) {

    public static final String CRISIS_MESSAGE = "Call or text 988 (Suicide & Crisis Lifeline) now, or call 911 if "
            + "there is immediate danger.";

    public static final List<CrisisResource> ALL = List.of(
            new CrisisResource("988 Suicide & Crisis Lifeline", "Call or text 988, or chat at 988lifeline.org",
                    "Thoughts of suicide, a mental health or substance use crisis, or worry about someone: any time"),
            new CrisisResource("Emergency services", "Call 911", "Immediate danger to life"),
            new CrisisResource("SAMHSA National Helpline", "1-800-662-4357",
                    "Free, confidential treatment referral and information, 24/7, in English and Spanish"));
}
