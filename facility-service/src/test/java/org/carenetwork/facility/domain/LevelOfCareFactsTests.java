package org.carenetwork.facility.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.carenetwork.vocabulary.LevelOfCare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The levels-of-care table against domain.md's figures, and the choice of language. */
class LevelOfCareFactsTests {

    @Test
    void everyLevelOfTheVocabulary_hasFacts_inItsOrder() {
        assertEquals(Arrays.asList(LevelOfCare.values()), LevelOfCareFacts.all().stream().map(LevelOfCareFacts::level).toList());
    }

    /** domain.md, "Levels of care": level, ASAM levels, hours min and max, days min and max, 24/7. */
    static Stream<Arguments> figures() {
        return Stream.of(
                Arguments.of(LevelOfCare.DETOX, List.of("1-WM", "2-WM", "3.2-WM", "3.7-WM", "4-WM"), null, null, null, null, false),
                Arguments.of(LevelOfCare.INPATIENT, List.of("4"), null, null, 7, 7, true),
                Arguments.of(LevelOfCare.RESIDENTIAL, List.of("3.1", "3.3", "3.5", "3.7"), null, null, 7, 7, true),
                Arguments.of(LevelOfCare.PHP, List.of("2.5"), 20, null, 5, 7, false),
                Arguments.of(LevelOfCare.IOP, List.of("2.1"), 9, 19, 3, 5, false),
                Arguments.of(LevelOfCare.OP, List.of("1"), null, 8, 1, 3, false),
                Arguments.of(LevelOfCare.MAT, List.of("OTP"), null, null, null, null, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void figures_areDomainMds(LevelOfCare level, List<String> asam, Integer hoursMin, Integer hoursMax, Integer daysMin,
                              Integer daysMax, boolean roundTheClock) {
        LevelOfCareFacts facts = LevelOfCareFacts.of(level);
        assertEquals(asam, facts.asamLevels());
        assertEquals(hoursMin, facts.hoursPerWeekMin());
        assertEquals(hoursMax, facts.hoursPerWeekMax());
        assertEquals(daysMin, facts.daysPerWeekMin());
        assertEquals(daysMax, facts.daysPerWeekMax());
        assertEquals(roundTheClock, facts.roundTheClock());
    }

    @ParameterizedTest
    @EnumSource(LevelOfCare.class)
    void asamLevels_areOnesTheCatalogAcceptsForTheLevel_andTextsExistInBothLanguages(LevelOfCare level) {
        LevelOfCareFacts facts = LevelOfCareFacts.of(level);
        facts.asamLevels().forEach(asam -> assertTrue(ProgramRules.allowsAsamLevel(level, asam), level + " " + asam));
        for (Language language : Language.values()) {
            LevelOfCareFacts.Words words = facts.in(language);
            for (String text : List.of(words.name(), words.livingSituation(), words.whoFor(), words.description())) {
                assertFalse(text.isBlank(), level + " " + language);
                assertTrue(text.length() <= 500, level + " " + language);
            }
        }
        assertFalse(facts.in(Language.EN).description().equals(facts.in(Language.ES).description()), level + ": translated");
    }

    @Test
    void iopAndPhp_meetAtProgramRulesBoundary() {
        assertEquals(ProgramRules.PHP_MIN_HOURS, LevelOfCareFacts.of(LevelOfCare.PHP).hoursPerWeekMin());
        assertEquals(ProgramRules.PHP_MIN_HOURS - 1, LevelOfCareFacts.of(LevelOfCare.IOP).hoursPerWeekMax());
        assertEquals(9, LevelOfCareFacts.of(LevelOfCare.OP).hoursPerWeekMax() + 1);
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | EN", "'' | EN", "es | ES", "ES | ES", "es-MX | ES", "es-419,es;q=0.9 | ES", "en-US,en;q=0.9,es;q=0.8 | EN",
            "es;q=0.5,en;q=0.9 | EN", "en;q=0.5,es;q=0.9 | ES", "fr,es;q=0.3 | ES", "fr | EN", "* | EN", "es;q=0 | EN",
            "es;q=abc | EN", ";;;,,, | EN", "de;q=1,es;q=1,en;q=1 | ES"})
    void acceptLanguage_choosesTheBestRankedOfOurs(String header, Language expected) {
        assertEquals(expected, Language.preferred(header));
    }
}
