package org.carenetwork.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.carenetwork.assessment.domain.InstrumentDefinition.AnswerOption;
import org.carenetwork.assessment.domain.InstrumentDefinition.Band;
import org.carenetwork.assessment.domain.InstrumentDefinition.FlagRule;
import org.carenetwork.assessment.domain.InstrumentDefinition.Item;
import org.carenetwork.assessment.domain.InstrumentDefinition.SkipMode;
import org.carenetwork.assessment.domain.InstrumentDefinition.SkipRule;
import org.carenetwork.assessment.domain.InstrumentDefinition.TotalRange;
import org.junit.jupiter.api.Test;

/** The shipped definitions are the published ones, and a broken definition is refused at load. */
class InstrumentCatalogTests {

    /**
     * The published Spanish versions held (PHQ-9, GAD-7, AUDIT, AUDIT-C) have the English items' numbers
     * and scores, so scoring is the same in both; the others stay English for `es`.
     */
    @Test
    void spanishVersions_keepEveryItemAndScore_andNameTheirSource() {
        InstrumentCatalog catalog = InstrumentCatalog.load();
        List<String> spanish = new ArrayList<>();
        for (InstrumentDefinition english : catalog.all()) {
            InstrumentDefinition es = catalog.find(english.code(), Language.ES).orElseThrow();
            assertEquals("en", english.language());
            assertEquals(english.items().size(), es.items().size(), english.code());
            for (int i = 0; i < english.items().size(); i++) {
                assertEquals(english.items().get(i).number(), es.items().get(i).number());
                assertEquals(english.items().get(i).loinc(), es.items().get(i).loinc());
                assertEquals(english.items().get(i).options().stream().map(AnswerOption::score).toList(),
                        es.items().get(i).options().stream().map(AnswerOption::score).toList(), english.code() + " item " + (i + 1));
            }
            assertEquals(english.bands(), es.bands());
            assertEquals(english.skipRules(), es.skipRules());
            assertEquals(english.flags(), es.flags());
            if (es.language().equals("es")) {
                spanish.add(es.code());
                assertTrue(es.source().startsWith(english.source() + " Spanish text: "), es.source());
                assertTrue(!es.items().get(0).text().equals(english.items().get(0).text()), es.code());
            } else {
                assertEquals(english, es);
            }
        }
        assertEquals(List.of("PHQ-9", "GAD-7", "AUDIT", "AUDIT-C"), spanish);
    }

    /** A translation that changes an item's scores, or drops an item, or names no source, stops the service. */
    @Test
    void translationsThatWouldChangeScoring_areRefused() {
        InstrumentDefinition phq9 = InstrumentCatalog.load().find("PHQ-9").orElseThrow();
        List<Item> items = new ArrayList<>(phq9.items());
        Item first = items.get(0);
        items.set(0, new Item(1, "Poco interés", null, List.of(new AnswerOption(0, "Nunca"), new AnswerOption(1, "A veces"),
                new AnswerOption(3, "Siempre"))));
        assertThrows(IllegalStateException.class,
                () -> new InstrumentCatalog.Translation("PHQ-9", "es", "a source", null, items).applyTo(phq9));
        assertThrows(IllegalStateException.class,
                () -> new InstrumentCatalog.Translation("PHQ-9", "es", "a source", null, phq9.items().subList(0, 8)).applyTo(phq9));
        assertThrows(IllegalStateException.class,
                () -> new InstrumentCatalog.Translation("PHQ-9", "es", " ", null, phq9.items()).applyTo(phq9));
        assertEquals(first.text(), new InstrumentCatalog.Translation("PHQ-9", "es", "a source", null, phq9.items())
                .applyTo(phq9).items().get(0).text());
    }

    @Test
    void catalog_holdsTheSixScreeners_withTheirItemCountsAndLoincPanels() {
        InstrumentCatalog catalog = InstrumentCatalog.load();
        assertEquals(List.of("PHQ-9", "GAD-7", "AUDIT", "AUDIT-C", "DAST-10", "CSSRS-SCREEN"),
                catalog.all().stream().map(InstrumentDefinition::code).toList());
        assertEquals(List.of(9, 7, 10, 3, 10, 6), catalog.all().stream().map(d -> d.items().size()).toList());
        assertEquals(List.of("44249-1", "69737-5", "72110-0", "72109-2", "82666-9", "93373-9"),
                catalog.all().stream().map(InstrumentDefinition::loincPanel).toList());
        assertEquals("44260-8", catalog.find("phq-9").orElseThrow().items().get(8).loinc());
    }

    @Test
    void dast10_item3_scoresNoAsOne() {
        Item item3 = InstrumentCatalog.load().find("DAST-10").orElseThrow().items().get(2);
        assertEquals(List.of(new AnswerOption(0, "Yes"), new AnswerOption(1, "No")), item3.options());
    }

    @Test
    void bandsWithAGap_areRefused() {
        List<Band> gap = List.of(band("LOW", 0, 1), band("HIGH", 3, 4));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> InstrumentCatalog.validate(twoItems(gap, List.of(), List.of())));
        assertTrue(e.getMessage().contains("without gaps"), e.getMessage());
    }

    @Test
    void bandsNotReachingTheMaximum_areRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> InstrumentCatalog.validate(twoItems(List.of(band("LOW", 0, 3)), List.of(), List.of())));
        assertTrue(e.getMessage().contains("maximum total 4"), e.getMessage());
    }

    @Test
    void skipRuleNamingAnEarlierItem_isRefused() {
        SkipRule backwards = new SkipRule(2, 0, List.of(1), SkipMode.MUST, "backwards");
        assertThrows(IllegalStateException.class,
                () -> InstrumentCatalog.validate(twoItems(List.of(band("ALL", 0, 4)), List.of(backwards), List.of())));
    }

    @Test
    void flagNamingAnUnknownBand_isRefused() {
        FlagRule flag = new FlagRule("X", "x", null, List.of("NOPE"));
        assertThrows(IllegalStateException.class,
                () -> InstrumentCatalog.validate(twoItems(List.of(band("ALL", 0, 4)), List.of(), List.of(flag))));
    }

    /** The OpenAPI document bounds what an instrument may hold; a definition beyond the bounds would make it untrue. */
    @Test
    void definitionsBeyondTheContractsBounds_areRefused() {
        List<Band> bands = List.of(band("ALL", 0, 4));
        InstrumentDefinition valid = twoItems(bands, List.of(), List.of());
        InstrumentDefinition longText = new InstrumentDefinition("TEST", "Test", "p", "t", "s", null, null,
                List.of(new Item(1, "x".repeat(InstrumentDefinition.TEXT_MAX + 1), null, valid.items().get(0).options()),
                        valid.items().get(1)), new TotalRange(0, 4), bands, List.of(), List.of());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> InstrumentCatalog.validate(longText));
        assertTrue(e.getMessage().contains("item 1 text"), e.getMessage());

        List<AnswerOption> tooHigh = List.of(new AnswerOption(0, "No"), new AnswerOption(InstrumentDefinition.MAX_SCORE + 1, "Max"));
        InstrumentDefinition highScore = new InstrumentDefinition("TEST", "Test", "p", "t", "s", null, null,
                List.of(new Item(1, "One", null, tooHigh)), new TotalRange(0, 11), List.of(band("ALL", 0, 11)),
                List.of(), List.of());
        e = assertThrows(IllegalStateException.class, () -> InstrumentCatalog.validate(highScore));
        assertTrue(e.getMessage().contains("scores must be 0 to"), e.getMessage());

        InstrumentDefinition lowerCaseCode = new InstrumentDefinition("test", "Test", "p", "t", "s", null, null,
                valid.items(), new TotalRange(0, 4), bands, List.of(), List.of());
        assertThrows(IllegalStateException.class, () -> InstrumentCatalog.validate(lowerCaseCode));

        InstrumentDefinition badLoinc = new InstrumentDefinition("TEST", "Test", "p", "t", "s", "not-loinc", null,
                valid.items(), new TotalRange(0, 4), bands, List.of(), List.of());
        assertThrows(IllegalStateException.class, () -> InstrumentCatalog.validate(badLoinc));
    }

    /** The FHIR Questionnaire's enableWhen names the option that skips: it must exist. */
    @Test
    void skipRuleOnAScoreTheItemDoesNotAllow_isRefused() {
        SkipRule impossible = new SkipRule(1, 7, List.of(2), SkipMode.MAY, "never triggered");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> InstrumentCatalog.validate(twoItems(List.of(band("ALL", 0, 4)), List.of(impossible), List.of())));
        assertTrue(e.getMessage().contains("does not allow"), e.getMessage());
    }

    @Test
    void aValidDefinition_passes() {
        InstrumentCatalog.validate(twoItems(List.of(band("LOW", 0, 1), band("HIGH", 2, 4)),
                List.of(new SkipRule(1, 0, List.of(2), SkipMode.MAY, "skip")), List.of()));
    }

    private static Band band(String code, int min, int max) {
        return new Band(code, code, min, max, null);
    }

    private static InstrumentDefinition twoItems(List<Band> bands, List<SkipRule> skips, List<FlagRule> flags) {
        List<AnswerOption> options = List.of(new AnswerOption(0, "No"), new AnswerOption(1, "Some"), new AnswerOption(2, "Much"));
        List<Item> items = new ArrayList<>(List.of(new Item(1, "One", null, options), new Item(2, "Two", null, options)));
        return new InstrumentDefinition("TEST", "Test", "p", "t", "s", null, null, items, new TotalRange(0, 4),
                bands, skips, flags);
    }
}
