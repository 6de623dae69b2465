package org.carenetwork.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.carenetwork.common.problem.Problem.FieldError;
import org.carenetwork.common.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every instrument scored exactly as published: the total and band at each band edge, and invalid input refused. */
class ScoringTests {

    static final InstrumentCatalog CATALOG = InstrumentCatalog.load();

    /** instrument, answers, expected total, expected band. */
    static Stream<Arguments> bandEdges() {
        return Stream.of(
                // PHQ-9: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe
                Arguments.of("PHQ-9", "0,0,0,0,0,0,0,0,0", 0, "MINIMAL"),
                Arguments.of("PHQ-9", "1,1,1,1,0,0,0,0,0", 4, "MINIMAL"),
                Arguments.of("PHQ-9", "1,1,1,1,1,0,0,0,0", 5, "MILD"),
                Arguments.of("PHQ-9", "3,3,3,0,0,0,0,0,0", 9, "MILD"),
                Arguments.of("PHQ-9", "3,3,3,1,0,0,0,0,0", 10, "MODERATE"),
                Arguments.of("PHQ-9", "3,3,3,3,2,0,0,0,0", 14, "MODERATE"),
                Arguments.of("PHQ-9", "3,3,3,3,3,0,0,0,0", 15, "MODERATELY_SEVERE"),
                Arguments.of("PHQ-9", "3,3,3,3,3,3,1,0,0", 19, "MODERATELY_SEVERE"),
                Arguments.of("PHQ-9", "3,3,3,3,3,3,2,0,0", 20, "SEVERE"),
                Arguments.of("PHQ-9", "3,3,3,3,3,3,3,3,3", 27, "SEVERE"),
                // GAD-7: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe
                Arguments.of("GAD-7", "0,0,0,0,0,0,0", 0, "MINIMAL"),
                Arguments.of("GAD-7", "1,1,1,1,0,0,0", 4, "MINIMAL"),
                Arguments.of("GAD-7", "1,1,1,1,1,0,0", 5, "MILD"),
                Arguments.of("GAD-7", "3,3,3,0,0,0,0", 9, "MILD"),
                Arguments.of("GAD-7", "3,3,3,1,0,0,0", 10, "MODERATE"),
                Arguments.of("GAD-7", "3,3,3,3,2,0,0", 14, "MODERATE"),
                Arguments.of("GAD-7", "3,3,3,3,3,0,0", 15, "SEVERE"),
                Arguments.of("GAD-7", "3,3,3,3,3,3,3", 21, "SEVERE"),
                // AUDIT: zone I 0-7, II 8-15, III 16-19, IV 20-40; Q9 and Q10 score 0, 2 or 4
                Arguments.of("AUDIT", "0,0,0,0,0,0,0,0,0,0", 0, "ZONE_I"),
                Arguments.of("AUDIT", "1,1,1,0,0,0,0,0,0,4", 7, "ZONE_I"),
                Arguments.of("AUDIT", "2,2,2,0,0,0,0,0,2,0", 8, "ZONE_II"),
                Arguments.of("AUDIT", "4,4,4,1,0,0,0,0,2,0", 15, "ZONE_II"),
                Arguments.of("AUDIT", "4,4,4,0,0,0,0,0,4,0", 16, "ZONE_III"),
                Arguments.of("AUDIT", "4,4,4,1,0,0,0,0,2,4", 19, "ZONE_III"),
                Arguments.of("AUDIT", "4,4,4,2,2,0,0,0,4,0", 20, "ZONE_IV"),
                Arguments.of("AUDIT", "4,4,4,4,4,4,4,4,4,4", 40, "ZONE_IV"),
                // AUDIT-C: positive at 4 for men, 3 for women
                Arguments.of("AUDIT-C", "0,0,0", 0, "NEGATIVE"),
                Arguments.of("AUDIT-C", "1,1,0", 2, "NEGATIVE"),
                Arguments.of("AUDIT-C", "2,1,0", 3, "POSITIVE_IF_FEMALE"),
                Arguments.of("AUDIT-C", "2,1,1", 4, "POSITIVE"),
                Arguments.of("AUDIT-C", "4,4,4", 12, "POSITIVE"),
                // DAST-10: yes = 1 except item 3, where no = 1; 0 none, 1-2 low, 3-5 moderate, 6-8 substantial, 9-10 severe
                Arguments.of("DAST-10", "0,0,0,0,0,0,0,0,0,0", 0, "NONE"),
                Arguments.of("DAST-10", "1,0,0,0,0,0,0,0,0,0", 1, "LOW"),
                Arguments.of("DAST-10", "1,0,1,0,0,0,0,0,0,0", 2, "LOW"),
                Arguments.of("DAST-10", "1,1,1,0,0,0,0,0,0,0", 3, "MODERATE"),
                Arguments.of("DAST-10", "1,1,1,1,1,0,0,0,0,0", 5, "MODERATE"),
                Arguments.of("DAST-10", "1,1,1,1,1,1,0,0,0,0", 6, "SUBSTANTIAL"),
                Arguments.of("DAST-10", "1,1,1,1,1,1,1,1,0,0", 8, "SUBSTANTIAL"),
                Arguments.of("DAST-10", "1,1,1,1,1,1,1,1,1,0", 9, "SEVERE"),
                Arguments.of("DAST-10", "1,1,1,1,1,1,1,1,1,1", 10, "SEVERE"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @MethodSource("bandEdges")
    void total_andBand_atEveryBandEdge(String code, String answers, int total, String band) {
        ScoreResult result = score(code, answers);
        assertEquals(total, result.total());
        assertEquals(band, result.band());
        assertEquals(code, result.instrument());
    }

    /** C-SSRS screener: banded by which items are yes (6: 0 no, 1 more than 3 months ago, 2 within 3 months). */
    static Stream<Arguments> cssrsRiskLevels() {
        return Stream.of(
                Arguments.of("0,0,null,null,null,0", "NONE"),
                Arguments.of("1,0,null,null,null,0", "LOW"),
                Arguments.of("1,1,0,0,0,0", "LOW"),
                Arguments.of("0,1,1,0,0,0", "MODERATE"),
                Arguments.of("0,0,null,null,null,1", "MODERATE"),
                Arguments.of("1,1,0,1,0,0", "HIGH"),
                Arguments.of("1,1,1,0,1,0", "HIGH"),
                Arguments.of("0,0,null,null,null,2", "HIGH"),
                Arguments.of("1,1,1,1,1,2", "HIGH"));
    }

    @ParameterizedTest(name = "C-SSRS {0} -> {1}")
    @MethodSource("cssrsRiskLevels")
    void cssrs_riskLevel_fromItems_withNoTotal(String answers, String band) {
        ScoreResult result = score("CSSRS-SCREEN", answers);
        assertEquals(band, result.band());
        assertNull(result.total());
        assertEquals(band.equals("HIGH"), result.hasFlag("SUICIDE_RISK_HIGH"));
    }

    @Test
    void phq9_item9AboveZero_flagsSelfHarm_whateverTheTotal() {
        assertTrue(score("PHQ-9", "0,0,0,0,0,0,0,0,1").hasFlag("SELF_HARM_THOUGHTS"));
        assertEquals("MINIMAL", score("PHQ-9", "0,0,0,0,0,0,0,0,1").band());
        assertTrue(score("PHQ-9", "3,3,3,3,3,3,3,3,0").flags().isEmpty());
    }

    static Stream<Arguments> bandFlags() {
        return Stream.of(
                Arguments.of("AUDIT", "1,1,1,0,0,0,0,0,0,4", List.of()),
                Arguments.of("AUDIT", "2,2,2,0,0,0,0,0,2,0", List.of("HAZARDOUS_DRINKING")),
                Arguments.of("AUDIT", "4,4,4,0,0,0,0,0,4,0", List.of("HARMFUL_DRINKING")),
                Arguments.of("AUDIT", "4,4,4,2,2,0,0,0,4,0", List.of("POSSIBLE_ALCOHOL_DEPENDENCE")),
                Arguments.of("AUDIT-C", "2,1,0", List.of("POSITIVE_IF_FEMALE")),
                Arguments.of("AUDIT-C", "2,1,1", List.of("POSITIVE_SCREEN")),
                Arguments.of("DAST-10", "1,0,1,0,0,0,0,0,0,0", List.of()),
                Arguments.of("DAST-10", "1,1,1,0,0,0,0,0,0,0", List.of("MODERATE_DRUG_PROBLEMS")),
                Arguments.of("DAST-10", "1,1,1,1,1,1,0,0,0,0", List.of("SUBSTANTIAL_DRUG_PROBLEMS")),
                Arguments.of("DAST-10", "1,1,1,1,1,1,1,1,1,0", List.of("SEVERE_DRUG_PROBLEMS")),
                Arguments.of("CSSRS-SCREEN", "0,1,1,0,0,0", List.of("SUICIDE_RISK_MODERATE")));
    }

    @ParameterizedTest(name = "{0} {1} flags {2}")
    @MethodSource("bandFlags")
    void auditAndDastBands_raiseTheirFlags(String code, String answers, List<String> flags) {
        assertEquals(flags, score(code, answers).flags().stream().map(ScoreResult.Flag::code).toList());
    }

    @Test
    void audit_q1Never_mayLeaveQ2ToQ8Unanswered_scoredZero() {
        ScoreResult skipped = score("AUDIT", "0,null,null,null,null,null,null,null,2,4");
        assertEquals(6, skipped.total());
        assertEquals("ZONE_I", skipped.band());
        assertEquals(6, score("AUDIT", "0,0,0,0,0,0,0,0,2,4").total());
    }

    @Test
    void auditC_q1Never_mayLeaveQ2AndQ3Unanswered() {
        assertEquals(0, score("AUDIT-C", "0,null,null").total());
    }

    /** instrument, answers, the field at fault, words its message must contain. */
    static Stream<Arguments> invalidAnswers() {
        return Stream.of(
                Arguments.of("PHQ-9", "0,0,0,0,0,0,0,0", "answers", "9 items"),
                Arguments.of("PHQ-9", "0,0,0,0,0,0,0,0,0,0", "answers", "9 items"),
                Arguments.of("PHQ-9", "0,0,0,4,0,0,0,0,0", "answers[3]", "4 is not an answer to item 4"),
                Arguments.of("PHQ-9", "0,0,0,0,0,0,0,0,-1", "answers[8]", "allowed: 0, 1, 2, 3"),
                Arguments.of("PHQ-9", "0,0,null,0,0,0,0,0,0", "answers[2]", "is required"),
                Arguments.of("GAD-7", "0,0,0,0,0,0", "answers", "7 items"),
                Arguments.of("GAD-7", "0,0,0,0,0,0,5", "answers[6]", "not an answer"),
                Arguments.of("AUDIT", "1,0,0,0,0,0,0,0,1,0", "answers[8]", "allowed: 0, 2, 4"),
                Arguments.of("AUDIT", "1,0,0,0,0,0,0,0,0,3", "answers[9]", "allowed: 0, 2, 4"),
                Arguments.of("AUDIT", "1,null,0,0,0,0,0,0,0,0", "answers[1]", "is required"),
                Arguments.of("AUDIT", "0,null,null,null,null,null,null,null,null,0", "answers[8]", "is required"),
                Arguments.of("AUDIT-C", "0,0,5", "answers[2]", "not an answer"),
                Arguments.of("DAST-10", "0,0,0,0,0,0,0,0,0,2", "answers[9]", "allowed: 0, 1"),
                Arguments.of("CSSRS-SCREEN", "0,0,0,null,null,0", "answers[2]", "must be null"),
                Arguments.of("CSSRS-SCREEN", "1,1,null,0,0,0", "answers[2]", "is required"),
                Arguments.of("CSSRS-SCREEN", "0,0,null,null,null,3", "answers[5]", "allowed: 0, 1, 2"),
                Arguments.of("CSSRS-SCREEN", "0,0,null,null,null", "answers", "6 items"));
    }

    @ParameterizedTest(name = "{0} {1} -> 400 on {2}")
    @MethodSource("invalidAnswers")
    void invalidAnswers_are400_namingTheItem(String code, String answers, String field, String message) {
        ProblemException e = assertThrows(ProblemException.class, () -> score(code, answers));
        assertEquals(400, e.status());
        FieldError error = e.errors().get(0);
        assertEquals(field, error.field());
        assertTrue(error.message().contains(message), error.message());
    }

    @Test
    void missingAnswers_are400() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> Scorer.score(CATALOG.find("GAD-7").orElseThrow(), null, "answers"));
        assertEquals("answers", e.errors().get(0).field());
    }

    @Test
    void everyWrongItem_isNamed_inItemOrder() {
        ProblemException e = assertThrows(ProblemException.class, () -> score("PHQ-9", "9,0,null,0,0,0,0,0,7"));
        assertEquals(List.of("answers[0]", "answers[2]", "answers[8]"),
                e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void usableAnswers_ofAnInvalidCssrs_stillShowHighRisk() {
        InstrumentDefinition cssrs = CATALOG.find("CSSRS-SCREEN").orElseThrow();
        List<Integer> intentAfterNo = answers("0,0,null,1,null,0");
        assertTrue(!Scorer.check(cssrs, intentAfterNo, "answers").isEmpty());
        assertEquals("HIGH", Scorer.scoreUsableAnswers(cssrs, intentAfterNo).orElseThrow().band());
        assertTrue(Scorer.scoreUsableAnswers(CATALOG.find("PHQ-9").orElseThrow(), answers("9")).isEmpty());
    }

    static ScoreResult score(String code, String answers) {
        return Scorer.score(CATALOG.find(code).orElseThrow(), answers(answers), "answers");
    }

    static List<Integer> answers(String csv) {
        List<Integer> values = new ArrayList<>();
        Arrays.stream(csv.split(",")).forEach(v -> values.add(v.equals("null") ? null : Integer.valueOf(v)));
        return values;
    }
}
