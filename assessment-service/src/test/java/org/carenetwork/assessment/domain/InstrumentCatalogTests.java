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
