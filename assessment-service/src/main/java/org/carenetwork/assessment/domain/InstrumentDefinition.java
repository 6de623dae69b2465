package org.carenetwork.assessment.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A validated questionnaire, as published, held as data ({@code src/main/resources/instruments}):
 * its items with their answer options and scores, its skip rules, its total range and bands, and
 * the flags it raises. The same record is the API's shape for {@code GET /instruments/{code}}, so
 * what a form renders and what the scorer checks cannot drift apart.
 *
 * @param total      the range of the summed score; absent for an instrument that is banded by
 *                   which items were answered yes (the C-SSRS screener) rather than by a sum
 * @param loincTotal the LOINC code of the total score, where one exists
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstrumentDefinition(String code, String name, String purpose, String timeframe, String source,
                                   String loincPanel, String loincTotal, List<Item> items, TotalRange total,
                                   List<Band> bands, List<SkipRule> skipRules, List<FlagRule> flags) {

    /** One question; {@code number} counts from 1 and is its position in the answers array plus one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int number, String text, String loinc, List<AnswerOption> options) {

        public boolean allows(int score) {
            return options.stream().anyMatch(o -> o.score() == score);
        }
    }

    /** The value a caller sends for an item is the option's score. */
    public record AnswerOption(int score, String text) {
    }

    public record TotalRange(int min, int max) {
    }

    /**
     * A severity band: either a range of the total ({@code min}..{@code max}, inclusive) or, for
     * instruments without a total, a rule on items ({@code whenAnyItem}); bands are tried in order
     * and a band with neither is the fallback.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Band(String code, String label, Integer min, Integer max, List<ItemCondition> whenAnyItem) {
    }

    /** Item {@code item} was answered with a score of at least {@code atLeast}. */
    public record ItemCondition(int item, int atLeast) {

        public boolean holds(Integer[] answers) {
            Integer value = answers[item - 1];
            return value != null && value >= atLeast;
        }
    }

    /**
     * When item {@code item} is answered {@code equals}, the items in {@code skip} are skipped:
     * with {@link SkipMode#MUST} they are not asked and must be null; with {@link SkipMode#MAY}
     * they may be null (scored 0) or answered.
     */
    public record SkipRule(int item, int equals, List<Integer> skip, SkipMode mode, String explanation) {
    }

    public enum SkipMode { MUST, MAY }

    /** A flag raised when an item reaches a score ({@code whenItem}) or the result falls in a band. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FlagRule(String code, String message, ItemCondition whenItem, List<String> whenBand) {
    }
}
