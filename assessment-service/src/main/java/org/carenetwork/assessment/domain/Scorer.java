package org.carenetwork.assessment.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.carenetwork.assessment.domain.InstrumentDefinition.Band;
import org.carenetwork.assessment.domain.InstrumentDefinition.FlagRule;
import org.carenetwork.assessment.domain.InstrumentDefinition.Item;
import org.carenetwork.assessment.domain.InstrumentDefinition.SkipMode;
import org.carenetwork.assessment.domain.InstrumentDefinition.SkipRule;
import org.carenetwork.common.problem.Problem.FieldError;
import org.carenetwork.common.problem.ProblemException;

/**
 * Checks answers against an instrument's definition and scores them exactly as published. It
 * knows no instrument by name: every rule it applies comes from the definition.
 */
public final class Scorer {

    private Scorer() {
    }

    /** Scores valid answers, or fails with a 400 naming every item at fault ({@code field[i]}). */
    public static ScoreResult score(InstrumentDefinition instrument, List<Integer> answers, String field) {
        List<FieldError> errors = check(instrument, answers, field);
        if (!errors.isEmpty()) {
            throw ProblemException.badFields(errors);
        }
        return scoreChecked(instrument, answers.toArray(Integer[]::new));
    }

    /** Every problem with the answers, each naming the array element ({@code field[i]}, from 0). */
    public static List<FieldError> check(InstrumentDefinition instrument, List<Integer> answers, String field) {
        List<Item> items = instrument.items();
        if (answers == null) {
            return List.of(new FieldError(field, "is required: one answer per item, " + items.size() + " in all"));
        }
        if (answers.size() != items.size()) {
            return List.of(new FieldError(field, "has " + answers.size() + " answers; " + instrument.code() + " has "
                    + items.size() + " items, one answer per item in order"));
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Integer value = answers.get(i);
            Item item = items.get(i);
            if (value != null && !item.allows(value)) {
                errors.add(new FieldError(field + "[" + i + "]", value + " is not an answer to item " + item.number()
                        + " (allowed: " + allowed(item) + ")"));
            }
        }
        Set<Integer> mayBeNull = new HashSet<>();
        for (SkipRule rule : instrument.skipRules()) {
            if (!triggered(rule, answers)) {
                continue;
            }
            for (int skipped : rule.skip()) {
                if (rule.mode() == SkipMode.MUST && answers.get(skipped - 1) != null) {
                    errors.add(new FieldError(field + "[" + (skipped - 1) + "]", "must be null: item " + skipped
                            + " is skipped when item " + rule.item() + " is answered " + rule.equals()));
                }
                mayBeNull.add(skipped);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (answers.get(i) == null && !mayBeNull.contains(items.get(i).number())) {
                errors.add(new FieldError(field + "[" + i + "]", "is required: item " + items.get(i).number()
                        + " is not skipped by the answers given"));
            }
        }
        errors.sort((a, b) -> Integer.compare(index(a.field()), index(b.field())));
        return errors;
    }

    /**
     * The result of an item-banded instrument (no total) from whatever usable answers it has:
     * values an item does not allow, and items beyond the definition, are ignored. Only for
     * deciding whether answers that fail {@link #check} still show imminent risk: a "yes" to
     * intent must never be lost because another answer was malformed.
     */
    public static Optional<ScoreResult> scoreUsableAnswers(InstrumentDefinition instrument, List<Integer> answers) {
        if (instrument.total() != null || answers == null) {
            return Optional.empty();
        }
        Integer[] usable = new Integer[instrument.items().size()];
        for (int i = 0; i < usable.length && i < answers.size(); i++) {
            Integer value = answers.get(i);
            usable[i] = value != null && instrument.items().get(i).allows(value) ? value : null;
        }
        return Optional.of(scoreChecked(instrument, usable));
    }

    private static boolean triggered(SkipRule rule, List<Integer> answers) {
        Integer trigger = answers.get(rule.item() - 1);
        return trigger != null && trigger == rule.equals();
    }

    private static ScoreResult scoreChecked(InstrumentDefinition instrument, Integer[] answers) {
        Integer total = null;
        if (instrument.total() != null) {
            int sum = 0;
            for (Integer a : answers) {
                sum += a == null ? 0 : a;
            }
            total = sum;
        }
        Band band = band(instrument, answers, total);
        List<ScoreResult.Flag> flags = new ArrayList<>();
        for (FlagRule rule : instrument.flags()) {
            boolean raised = rule.whenItem() != null ? rule.whenItem().holds(answers)
                    : rule.whenBand().contains(band.code());
            if (raised) {
                flags.add(new ScoreResult.Flag(rule.code(), rule.message()));
            }
        }
        return new ScoreResult(instrument.code(), total, band.code(), band.label(), List.copyOf(flags));
    }

    static Band band(InstrumentDefinition instrument, Integer[] answers, Integer total) {
        for (Band band : instrument.bands()) {
            if (band.min() != null) {
                if (total >= band.min() && total <= band.max()) {
                    return band;
                }
            } else if (band.whenAnyItem() == null || band.whenAnyItem().stream().anyMatch(c -> c.holds(answers))) {
                return band;
            }
        }
        throw new IllegalStateException(instrument.code() + " has no band for these answers");
    }

    private static String allowed(Item item) {
        return item.options().stream().map(o -> String.valueOf(o.score())).collect(Collectors.joining(", "));
    }

    private static int index(String field) {
        int open = field.lastIndexOf('[');
        return open < 0 ? -1 : Integer.parseInt(field.substring(open + 1, field.length() - 1));
    }
}
