package org.carenetwork.assessment.domain;

import java.util.List;

/** What the rules decided: whether this is a crisis answer (with why), and the recommendation. */
public record Evaluation(boolean crisis, List<String> crisisReasons, Recommendation recommendation) {
}
