package org.carenetwork.insurance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayerMatcherTests {

    @ParameterizedTest(name = "distance({0}, {1}) = {2}")
    @CsvSource({
            "aetna, aetna, 0",
            "aetan, aetna, 1",   // adjacent letters swapped
            "aetn, aetna, 1",    // one left out
            "aettna, aetna, 1",  // one too many
            "cigma, cigna, 1",   // one wrong
            "astra, aetna, 2",
            "humana, aetna, 2",
    })
    void distance_countsOneLetterOffAsOne(String a, String b, int expected) {
        assertEquals(Math.min(expected, 2), Math.min(PayerMatcher.distance(a, b), 2));
    }

    @ParameterizedTest(name = "words({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
            "Blue Cross & Blue Shield of Ohio | blue cross blue shield ohio",
            "  UnitedHealthcare  | unitedhealthcare",
            "CareSource® Ohio | caresource ohio",
            "Aetna Insurance Co. | aetna",
    })
    void words_dropCasePunctuationAndFiller(String text, String expected) {
        assertEquals(List.of(expected.split(" ")), PayerMatcher.words(text));
    }

    @ParameterizedTest(name = "score({0} ~ {1}) = {2}")
    @CsvSource(delimiter = '|', value = {
            "united healthcare | UnitedHealthcare | 100",
            "UHC | UHC | 100",
            "aet | Aetna | 90",
            "aetan | Aetna | 85",
            "blue cross | Anthem Blue Cross | 80",
            "bleu cross | Anthem Blue Cross | 70",
            "bcbs ohio | BCBS | 40",
            "cigna | Aetna | 0",
    })
    void score_ranksExactThenPrefixThenTypoThenWords(String typed, String name, int expected) {
        assertEquals(expected, PayerMatcher.score(PayerMatcher.words(typed), PayerMatcher.words(name)));
    }

    @org.junit.jupiter.api.Test
    void rank_keepsTheGivenOrderForEqualScores_andDropsWeakMatches() {
        List<PayerMatcher.Candidate<String>> candidates = List.of(
                new PayerMatcher.Candidate<>("second", 2, List.of("Alpha Health Two")),
                new PayerMatcher.Candidate<>("first", 1, List.of("Alpha Health One")),
                new PayerMatcher.Candidate<>("other", 3, List.of("Zeta")));
        List<String> ranked = PayerMatcher.rank("alpha", candidates).stream().map(PayerMatcher.Match::value).toList();
        assertEquals(List.of("first", "second"), ranked);
    }
}
