package org.carenetwork.assessment.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A validated questionnaire, as published, held as data ({@code src/main/resources/instruments}):
 * its items with their answer options and scores, its skip rules, its total range and bands, and
 * the flags it raises. The same record is the API's shape for {@code GET /instruments/{code}}, so
 * what a form renders and what the scorer checks cannot drift apart.
 *
 * <p>The limits below are the contract's bounds; {@link InstrumentCatalog} refuses at start a
 * definition beyond them, so what the document promises stays true when an instrument is added.
 * The Bean Validation constraints on list elements are there for the document only (these records
 * are read from files, never validated as requests); the catalog enforces the same limits.
 *
 * @param total      the range of the summed score; absent for an instrument that is banded by
 *                   which items were answered yes (the C-SSRS screener) rather than by a sum
 * @param loincTotal the LOINC code of the total score, where one exists
 */
@Schema(name = "Instrument", description = "A validated questionnaire as published: its items with their answer "
        + "options and scores, its total range and severity bands, its skip rules and the flags it raises. What a "
        + "form renders from this is exactly what the scorer checks.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstrumentDefinition(
        @Schema(required = true, maxLength = CODE_MAX, pattern = CODE_PATTERN, examples = "PHQ-9",
                description = "The instrument's code: in paths and as a key of an assessment's `instruments` "
                        + "(case-insensitive there).")
        String code,
        @Schema(required = true, maxLength = NAME_MAX, examples = "Patient Health Questionnaire-9") String name,
        @Schema(required = true, maxLength = NAME_MAX, examples = "Depression severity",
                description = "What the instrument screens for.")
        String purpose,
        @Schema(required = true, maxLength = TEXT_MAX,
                examples = "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
                description = "The period the questions ask about, as the published form puts it.")
        String timeframe,
        @Schema(required = true, maxLength = TEXT_MAX, description = "The publication and its terms of use.")
        String source,
        @Schema(maxLength = LOINC_MAX, pattern = LOINC_PATTERN, examples = "44249-1",
                description = "The LOINC code of the panel, where one exists.")
        String loincPanel,
        @Schema(maxLength = LOINC_MAX, pattern = LOINC_PATTERN, examples = "44261-6",
                description = "The LOINC code of the total score, where one exists.")
        String loincTotal,
        @Schema(required = true, minItems = 1, maxItems = MAX_ITEMS,
                description = "The questions, in order: an answers array follows this order.")
        List<Item> items,
        @Schema(description = "The range of the summed score; absent for an instrument banded by which items were "
                + "answered yes rather than by a sum (CSSRS-SCREEN).")
        TotalRange total,
        @Schema(required = true, minItems = 1, maxItems = MAX_BANDS,
                description = "The severity bands, tried in order: the first that holds is the result's band.")
        List<Band> bands,
        @Schema(required = true, maxItems = MAX_SKIP_RULES,
                description = "When an answer skips later items; empty when every item is always asked.")
        List<SkipRule> skipRules,
        @Schema(required = true, maxItems = MAX_FLAGS,
                description = "The flags a result raises, by item or by band; empty when there are none.")
        List<FlagRule> flags,
        @Schema(required = true, maxLength = 2, enumeration = {"en", "es"}, examples = "es",
                description = "The language of the items, their options and the timeframe: `es` when `Accept-Language` "
                        + "asks for Spanish and a published, validated Spanish version of this instrument exists (its "
                        + "source is then named in `source`), else `en`. Names, bands and flags are the service's own "
                        + "texts, in English.")
        String language) {

    /** A definition as its file gives it: the language is set when the catalog loads it. */
    public InstrumentDefinition(String code, String name, String purpose, String timeframe, String source,
                                String loincPanel, String loincTotal, List<Item> items, TotalRange total, List<Band> bands,
                                List<SkipRule> skipRules, List<FlagRule> flags) {
        this(code, name, purpose, timeframe, source, loincPanel, loincTotal, items, total, bands, skipRules, flags, null);
    }

    /** The same instrument with other texts: items (same numbers, same scores), timeframe, source, language. */
    InstrumentDefinition withTexts(List<Item> texts, String timeframe, String source, String language) {
        return new InstrumentDefinition(code, name, purpose, timeframe, source, loincPanel, loincTotal, texts, total,
                bands, skipRules, flags, language);
    }

    /** The most items an instrument has (AUDIT and DAST-10 have 10). */
    public static final int MAX_ITEMS = 20;
    /** The most answer options an item has. */
    public static final int MAX_OPTIONS = 10;
    /** The highest score an option carries (AUDIT's 4). */
    public static final int MAX_SCORE = 10;
    /** The highest total any instrument can reach: every item at the highest score. */
    public static final int MAX_TOTAL = MAX_ITEMS * MAX_SCORE;
    public static final int MAX_BANDS = 10;
    public static final int MAX_SKIP_RULES = 10;
    public static final int MAX_FLAGS = 10;

    public static final int CODE_MAX = 32;
    /** An instrument's code as defined (upper case); callers may send it in any case. */
    public static final String CODE_PATTERN = "^[A-Z0-9][A-Z0-9-]{0,31}$";
    /** A band's or a flag's code. */
    public static final int KEY_MAX = 40;
    public static final String KEY_PATTERN = "^[A-Z0-9_]{1,40}$";
    public static final int LOINC_MAX = 10;
    public static final String LOINC_PATTERN = "^[0-9]{1,7}-[0-9]$";
    /** Names, purposes, labels, option texts. */
    public static final int NAME_MAX = 200;
    /** Question texts, timeframes, sources, explanations, flag messages. */
    public static final int TEXT_MAX = 1000;

    /** One question; {@code number} counts from 1 and is its position in the answers array plus one. */
    @Schema(name = "InstrumentItem", description = "One question of an instrument.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            @Schema(required = true, minimum = "1", maximum = "" + MAX_ITEMS, format = "int32",
                    description = "From 1: its position in the answers array plus one.")
            int number,
            @Schema(required = true, maxLength = TEXT_MAX, examples = "Little interest or pleasure in doing things")
            String text,
            @Schema(maxLength = LOINC_MAX, pattern = LOINC_PATTERN, examples = "44250-9",
                    description = "The item's LOINC code, where one exists.")
            String loinc,
            @Schema(required = true, minItems = 1, maxItems = MAX_OPTIONS,
                    description = "The answers the item allows, each with the score a caller sends for it.")
            List<AnswerOption> options) {

        public boolean allows(int score) {
            return options.stream().anyMatch(o -> o.score() == score);
        }
    }

    /** The value a caller sends for an item is the option's score. */
    @Schema(name = "AnswerOption", description = "One answer an item allows.")
    public record AnswerOption(
            @Schema(required = true, minimum = "0", maximum = "" + MAX_SCORE, format = "int32",
                    description = "The value a caller sends for this answer, and what it adds to the total.")
            int score,
            @Schema(required = true, maxLength = NAME_MAX, examples = "Several days") String text) {
    }

    @Schema(name = "InstrumentTotalRange", description = "The range of an instrument's summed score, inclusive.")
    public record TotalRange(
            @Schema(required = true, minimum = "0", maximum = "" + MAX_TOTAL, format = "int32") int min,
            @Schema(required = true, minimum = "0", maximum = "" + MAX_TOTAL, format = "int32") int max) {
    }

    /**
     * A severity band: either a range of the total ({@code min}..{@code max}, inclusive) or, for
     * instruments without a total, a rule on items ({@code whenAnyItem}); bands are tried in order
     * and a band with neither is the fallback.
     */
    @Schema(name = "Band", description = "A severity band: either a range of the total (`min`..`max`, inclusive) or, "
            + "for an instrument without a total, a rule on items (`whenAnyItem`). Bands are tried in order; a band "
            + "with neither is the fallback.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Band(
            @Schema(required = true, maxLength = KEY_MAX, pattern = KEY_PATTERN, examples = "MODERATE") String code,
            @Schema(required = true, maxLength = NAME_MAX, examples = "Moderate depression") String label,
            @Schema(minimum = "0", maximum = "" + MAX_TOTAL, format = "int32",
                    description = "The lowest total in the band; with `max`, for an instrument with a total.")
            Integer min,
            @Schema(minimum = "0", maximum = "" + MAX_TOTAL, format = "int32", description = "The highest total in the band.")
            Integer max,
            @Schema(minItems = 1, maxItems = MAX_ITEMS, description = "For an instrument without a total: the band "
                    + "holds when any of these conditions does.")
            List<ItemCondition> whenAnyItem) {
    }

    /** Item {@code item} was answered with a score of at least {@code atLeast}. */
    @Schema(name = "ItemCondition", description = "Item `item` was answered with a score of at least `atLeast`.")
    public record ItemCondition(
            @Schema(required = true, minimum = "1", maximum = "" + MAX_ITEMS, format = "int32",
                    description = "The item's number, from 1.")
            int item,
            @Schema(required = true, minimum = "0", maximum = "" + MAX_SCORE, format = "int32") int atLeast) {

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
    @Schema(name = "SkipRule", description = "When item `item` is answered `equals`, the items in `skip` are skipped: "
            + "with `MUST` they are not asked and must be sent as null; with `MAY` they may be null (scored 0) or "
            + "answered.")
    public record SkipRule(
            @Schema(required = true, minimum = "1", maximum = "" + MAX_ITEMS, format = "int32",
                    description = "The number of the item whose answer decides.")
            int item,
            @Schema(required = true, minimum = "0", maximum = "" + MAX_SCORE, format = "int32",
                    description = "The score of the answer that skips.")
            int equals,
            @Schema(required = true, minItems = 1, maxItems = MAX_ITEMS, description = "The numbers of the skipped items.")
            List<@Min(1) @Max(MAX_ITEMS) Integer> skip,
            @Schema(required = true) SkipMode mode,
            @Schema(required = true, maxLength = TEXT_MAX,
                    examples = "Question 2 answered No: questions 3 to 5 are not asked (send null); go to question 6.")
            String explanation) {
    }

    @Schema(name = "SkipRuleMode", description = "`MUST`: skipped items are not asked and must be null. `MAY`: they "
            + "may be null (scored 0) or answered.")
    public enum SkipMode { MUST, MAY }

    /** A flag raised when an item reaches a score ({@code whenItem}) or the result falls in a band. */
    @Schema(name = "FlagRule", description = "A flag a result raises: when an item reaches a score (`whenItem`) or "
            + "when the result falls in one of the bands (`whenBand`); exactly one of the two is given.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FlagRule(
            @Schema(required = true, maxLength = KEY_MAX, pattern = KEY_PATTERN, examples = "SELF_HARM_THOUGHTS")
            String code,
            @Schema(required = true, maxLength = TEXT_MAX, description = "What the flag means, for a person to read.")
            String message,
            ItemCondition whenItem,
            @Schema(minItems = 1, maxItems = MAX_BANDS, description = "The codes of the bands that raise the flag.")
            List<@Size(max = KEY_MAX) @Pattern(regexp = KEY_PATTERN) String> whenBand) {
    }
}
