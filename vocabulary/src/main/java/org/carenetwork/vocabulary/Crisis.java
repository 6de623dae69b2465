package org.carenetwork.vocabulary;

import java.util.List;

/**
 * What every answer that signals imminent risk says, first, wherever it is given: one message and
 * the lines to call (domain.md: 988 and 911 always lead; SAMHSA's helpline after them).
 */
public final class Crisis {

    public static final String MESSAGE = "Call or text 988 (Suicide & Crisis Lifeline) now, or call 911 if there is "
            + "immediate danger. Treatment options can be found after the person is safe.";

    public static final List<CrisisResource> RESOURCES = List.of(
            new CrisisResource("988 Suicide & Crisis Lifeline", "Call or text 988, or chat at 988lifeline.org",
                    "Thoughts of suicide, a mental health or substance use crisis, or worry about someone: any time"),
            new CrisisResource("Emergency services", "Call 911", "Immediate danger to life"),
            new CrisisResource("SAMHSA National Helpline", "1-800-662-4357",
                    "Free, confidential treatment referral and information, 24/7, in English and Spanish"));

    private Crisis() {
    }
}
