package org.carenetwork.assessment.domain;

import java.util.List;

/**
 * The score of one questionnaire: {@code total} is null for an instrument banded by items rather
 * than by a sum (the C-SSRS screener).
 */
public record ScoreResult(String instrument, Integer total, String band, String bandLabel, List<Flag> flags) {

    public record Flag(String code, String message) {
    }

    public boolean hasFlag(String code) {
        return flags.stream().anyMatch(f -> f.code().equals(code));
    }
}
