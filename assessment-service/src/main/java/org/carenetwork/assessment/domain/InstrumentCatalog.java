package org.carenetwork.assessment.domain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carenetwork.assessment.domain.InstrumentDefinition.Band;
import org.carenetwork.assessment.domain.InstrumentDefinition.FlagRule;
import org.carenetwork.assessment.domain.InstrumentDefinition.Item;
import org.carenetwork.assessment.domain.InstrumentDefinition.SkipRule;

/**
 * The instruments the service scores, read once from {@code instruments/catalog.json} and the
 * definition files it names. Each definition is checked for consistency when loaded (bands that
 * cover the total range without gaps, items numbered in order, rules naming real items), so a
 * broken definition stops the service at start instead of mis-scoring someone.
 */
public final class InstrumentCatalog {

    private static final String DIRECTORY = "instruments/";

    private final Map<String, InstrumentDefinition> byCode = new LinkedHashMap<>();

    /** The Spanish versions, by code: only instruments with a published, validated Spanish text. */
    private final Map<String, InstrumentDefinition> spanish = new LinkedHashMap<>();

    private InstrumentCatalog(List<InstrumentDefinition> definitions) {
        this(definitions, List.of());
    }

    private InstrumentCatalog(List<InstrumentDefinition> definitions, List<Translation> translations) {
        for (InstrumentDefinition d : definitions) {
            validate(d);
            InstrumentDefinition english = d.withTexts(d.items(), d.timeframe(), d.source(), Language.EN.tag());
            if (byCode.put(key(d.code()), english) != null) {
                throw new IllegalStateException("instrument " + d.code() + " is defined twice");
            }
        }
        for (Translation t : translations) {
            InstrumentDefinition english = byCode.get(key(t.code()));
            if (english == null) {
                throw new IllegalStateException("translation of " + t.code() + ": no such instrument");
            }
            if (!Language.ES.tag().equals(t.language())) {
                throw new IllegalStateException("translation of " + t.code() + ": language " + t.language() + " is not served");
            }
            InstrumentDefinition translated = t.applyTo(english);
            validate(translated);
            if (spanish.put(key(t.code()), translated) != null) {
                throw new IllegalStateException("instrument " + t.code() + " is translated twice");
            }
        }
    }

    /** The catalog shipped with the service. */
    public static InstrumentCatalog load() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        JsonNode catalog = read(json, DIRECTORY + "catalog.json");
        List<InstrumentDefinition> definitions = new ArrayList<>();
        for (JsonNode file : catalog.get("instruments")) {
            definitions.add(json.convertValue(read(json, DIRECTORY + file.asText()), InstrumentDefinition.class));
        }
        List<Translation> translations = new ArrayList<>();
        JsonNode es = catalog.path("translations").path(Language.ES.tag());
        for (JsonNode file : es) {
            translations.add(json.convertValue(read(json, DIRECTORY + "es/" + file.asText()), Translation.class));
        }
        return new InstrumentCatalog(definitions, translations);
    }

    public List<InstrumentDefinition> all() {
        return List.copyOf(byCode.values());
    }

    /** Every instrument in {@code language} where a published version exists, else in English. */
    public List<InstrumentDefinition> all(Language language) {
        return byCode.keySet().stream().map(code -> in(byCode.get(code), language)).toList();
    }

    /** By code, ignoring case ({@code phq-9} finds {@code PHQ-9}). */
    public Optional<InstrumentDefinition> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(key(code)));
    }

    /** By code, in {@code language} where a published version exists, else in English. */
    public Optional<InstrumentDefinition> find(String code, Language language) {
        return find(code).map(d -> in(d, language));
    }

    private InstrumentDefinition in(InstrumentDefinition english, Language language) {
        return language == Language.ES ? spanish.getOrDefault(key(english.code()), english) : english;
    }

    /**
     * A published translation of an instrument's texts ({@code instruments/es/}): every item with
     * its text and its options' texts, the same numbers and the same scores in the same order as
     * the English definition (checked at start: a translation never changes scoring), the
     * translation's own source, and the timeframe when the published form has one.
     */
    record Translation(String code, String language, String source, String timeframe, List<Item> items) {

        InstrumentDefinition applyTo(InstrumentDefinition english) {
            String at = "translation of " + code + ": ";
            if (source == null || source.isBlank()) {
                throw new IllegalStateException(at + "names no source");
            }
            if (items == null || items.size() != english.items().size()) {
                throw new IllegalStateException(at + "has " + (items == null ? 0 : items.size()) + " items, the "
                        + "instrument " + english.items().size());
            }
            List<Item> texts = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Item original = english.items().get(i);
                Item translated = items.get(i);
                List<Integer> scores = original.options().stream().map(InstrumentDefinition.AnswerOption::score).toList();
                List<Integer> translatedScores = translated.options() == null ? List.of()
                        : translated.options().stream().map(InstrumentDefinition.AnswerOption::score).toList();
                if (translated.number() != original.number() || !scores.equals(translatedScores)) {
                    throw new IllegalStateException(at + "item " + translated.number() + " does not match item "
                            + original.number() + " and its scores " + scores);
                }
                texts.add(new Item(original.number(), translated.text(), original.loinc(), translated.options()));
            }
            return english.withTexts(List.copyOf(texts), timeframe == null ? english.timeframe() : timeframe,
                    english.source() + " Spanish text: " + source, Language.ES.tag());
        }
    }

    private static String key(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    private static JsonNode read(ObjectMapper json, String resource) {
        try (InputStream in = InstrumentCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing instrument resource " + resource);
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable instrument resource " + resource, e);
        }
    }

    static void validate(InstrumentDefinition d) {
        String at = "instrument " + d.code() + ": ";
        if (d.items() == null || d.items().isEmpty() || d.bands() == null || d.bands().isEmpty()) {
            throw new IllegalStateException(at + "needs items and bands");
        }
        if (d.skipRules() == null || d.flags() == null) {
            throw new IllegalStateException(at + "needs skipRules and flags (empty when there are none)");
        }
        withinContract(d, at);
        for (int i = 0; i < d.items().size(); i++) {
            Item item = d.items().get(i);
            if (item.number() != i + 1) {
                throw new IllegalStateException(at + "items must be numbered 1.." + d.items().size() + " in order");
            }
            Set<Integer> scores = new HashSet<>();
            item.options().forEach(o -> {
                if (!scores.add(o.score())) {
                    throw new IllegalStateException(at + "item " + item.number() + " repeats score " + o.score());
                }
            });
        }
        for (SkipRule rule : d.skipRules()) {
            requireItem(d, rule.item(), at);
            if (!d.items().get(rule.item() - 1).allows(rule.equals())) {
                throw new IllegalStateException(at + "a skip rule on item " + rule.item() + " names score "
                        + rule.equals() + ", which the item does not allow");
            }
            rule.skip().forEach(n -> {
                requireItem(d, n, at);
                if (n <= rule.item()) {
                    throw new IllegalStateException(at + "a skip rule may only skip later items");
                }
            });
        }
        for (FlagRule flag : d.flags()) {
            if ((flag.whenItem() == null) == (flag.whenBand() == null)) {
                throw new IllegalStateException(at + "flag " + flag.code() + " needs exactly one of whenItem, whenBand");
            }
            if (flag.whenItem() != null) {
                requireItem(d, flag.whenItem().item(), at);
            } else if (!d.bands().stream().map(Band::code).toList().containsAll(flag.whenBand())) {
                throw new IllegalStateException(at + "flag " + flag.code() + " names an unknown band");
            }
        }
        if (d.total() != null) {
            validateTotalBands(d, at);
        } else {
            Band last = d.bands().get(d.bands().size() - 1);
            if (last.whenAnyItem() != null || d.bands().stream().anyMatch(b -> b.min() != null)) {
                throw new IllegalStateException(at + "without a total, bands are item rules ending with a fallback");
            }
            d.bands().stream().filter(b -> b.whenAnyItem() != null)
                    .forEach(b -> b.whenAnyItem().forEach(c -> requireItem(d, c.item(), at)));
        }
    }

    private static void validateTotalBands(InstrumentDefinition d, String at) {
        int max = d.items().stream().mapToInt(i -> i.options().stream().mapToInt(o -> o.score()).max().orElse(0)).sum();
        int min = d.items().stream().mapToInt(i -> i.options().stream().mapToInt(o -> o.score()).min().orElse(0)).sum();
        if (d.total().min() != min || d.total().max() != max) {
            throw new IllegalStateException(at + "total range " + d.total() + " does not match the items (" + min + ".." + max + ")");
        }
        int next = d.total().min();
        for (Band b : d.bands()) {
            if (b.min() == null || b.min() != next || b.max() < b.min()) {
                throw new IllegalStateException(at + "bands must cover " + d.total().min() + ".." + d.total().max()
                        + " in order without gaps; band " + b.code() + " does not");
            }
            next = b.max() + 1;
        }
        if (next != d.total().max() + 1) {
            throw new IllegalStateException(at + "bands end at " + (next - 1) + ", not at the maximum total " + d.total().max());
        }
    }

    /**
     * The bounds the OpenAPI document gives for an instrument (see the limits on
     * {@link InstrumentDefinition}): a definition beyond them would make the contract untrue.
     */
    private static void withinContract(InstrumentDefinition d, String at) {
        matches(at, "code", d.code(), InstrumentDefinition.CODE_PATTERN);
        text(at, "name", d.name(), InstrumentDefinition.NAME_MAX);
        text(at, "purpose", d.purpose(), InstrumentDefinition.NAME_MAX);
        text(at, "timeframe", d.timeframe(), InstrumentDefinition.TEXT_MAX);
        text(at, "source", d.source(), InstrumentDefinition.TEXT_MAX);
        optional(at, "loincPanel", d.loincPanel(), InstrumentDefinition.LOINC_PATTERN);
        optional(at, "loincTotal", d.loincTotal(), InstrumentDefinition.LOINC_PATTERN);
        count(at, "items", d.items().size(), InstrumentDefinition.MAX_ITEMS);
        count(at, "bands", d.bands().size(), InstrumentDefinition.MAX_BANDS);
        count(at, "skipRules", d.skipRules().size(), InstrumentDefinition.MAX_SKIP_RULES);
        count(at, "flags", d.flags().size(), InstrumentDefinition.MAX_FLAGS);
        for (Item item : d.items()) {
            String where = "item " + item.number() + " ";
            text(at, where + "text", item.text(), InstrumentDefinition.TEXT_MAX);
            optional(at, where + "loinc", item.loinc(), InstrumentDefinition.LOINC_PATTERN);
            if (item.options() == null || item.options().isEmpty()) {
                throw new IllegalStateException(at + where + "needs options");
            }
            count(at, where + "options", item.options().size(), InstrumentDefinition.MAX_OPTIONS);
            item.options().forEach(o -> {
                text(at, where + "option text", o.text(), InstrumentDefinition.NAME_MAX);
                if (o.score() < 0 || o.score() > InstrumentDefinition.MAX_SCORE) {
                    throw new IllegalStateException(at + where + "scores must be 0 to " + InstrumentDefinition.MAX_SCORE);
                }
            });
        }
        for (Band band : d.bands()) {
            matches(at, "band code", band.code(), InstrumentDefinition.KEY_PATTERN);
            text(at, "band " + band.code() + " label", band.label(), InstrumentDefinition.NAME_MAX);
            if (band.whenAnyItem() != null) {
                count(at, "conditions in band " + band.code(), band.whenAnyItem().size(), InstrumentDefinition.MAX_ITEMS);
                band.whenAnyItem().forEach(c -> score(at, "band " + band.code(), c.atLeast()));
            }
        }
        for (SkipRule rule : d.skipRules()) {
            text(at, "skip rule explanation", rule.explanation(), InstrumentDefinition.TEXT_MAX);
            if (rule.mode() == null || rule.skip() == null || rule.skip().isEmpty()) {
                throw new IllegalStateException(at + "a skip rule needs a mode and the items it skips");
            }
            count(at, "skipped items in a rule", rule.skip().size(), InstrumentDefinition.MAX_ITEMS);
            score(at, "skip rule", rule.equals());
        }
        for (FlagRule flag : d.flags()) {
            matches(at, "flag code", flag.code(), InstrumentDefinition.KEY_PATTERN);
            text(at, "flag " + flag.code() + " message", flag.message(), InstrumentDefinition.TEXT_MAX);
            if (flag.whenBand() != null) {
                count(at, "bands of flag " + flag.code(), flag.whenBand().size(), InstrumentDefinition.MAX_BANDS);
            }
            if (flag.whenItem() != null) {
                score(at, "flag " + flag.code(), flag.whenItem().atLeast());
            }
        }
    }

    private static void text(String at, String what, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalStateException(at + what + " must be given, in at most " + max + " characters");
        }
    }

    private static void matches(String at, String what, String value, String pattern) {
        if (value == null || !value.matches(pattern)) {
            throw new IllegalStateException(at + what + " " + value + " must match " + pattern);
        }
    }

    private static void optional(String at, String what, String value, String pattern) {
        if (value != null) {
            matches(at, what, value, pattern);
        }
    }

    private static void score(String at, String what, int score) {
        if (score < 0 || score > InstrumentDefinition.MAX_SCORE) {
            throw new IllegalStateException(at + what + " names score " + score + "; scores are 0 to "
                    + InstrumentDefinition.MAX_SCORE);
        }
    }

    private static void count(String at, String what, int size, int max) {
        if (size > max) {
            throw new IllegalStateException(at + "at most " + max + " " + what + ", not " + size);
        }
    }

    private static void requireItem(InstrumentDefinition d, int number, String at) {
        if (number < 1 || number > d.items().size()) {
            throw new IllegalStateException(at + "a rule names item " + number + ", which does not exist");
        }
    }
}
