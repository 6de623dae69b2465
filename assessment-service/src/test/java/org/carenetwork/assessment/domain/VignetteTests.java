package org.carenetwork.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carenetwork.assessment.domain.Questionnaire.DimensionQuestions;
import org.carenetwork.assessment.domain.Questionnaire.Option;
import org.carenetwork.assessment.domain.Questionnaire.Question;
import org.carenetwork.vocabulary.AgeGroup;
import org.carenetwork.vocabulary.LevelOfCare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The level-of-care rules, case by case: one vignette per level, each crisis path, each edge
 * between two levels, adolescent against adult hours. A vignette starts from the lowest-risk answer
 * to every question and changes only what it names ({@code question=OPTION}), plus any screeners
 * ({@code PHQ-9:0,1,...}).
 */
class VignetteTests {

    static final Questionnaire QUESTIONS = Questionnaire.load();
    static final InstrumentCatalog INSTRUMENTS = InstrumentCatalog.load();

    static final String CSSRS_INTENT = "CSSRS-SCREEN:1,1,0,1,0,0";
    static final String DAILY_ALCOHOL_WITH_SHAKES = "substance=ALCOHOL recentUse=DAILY_HEAVY withdrawal=STRONG";

    /** name, age group, answers, expected level (null: crisis), ASAM level, detox first, MAT. */
    static Stream<Arguments> vignettes() {
        return Stream.of(
                // One per level
                v("nothing reported: outpatient", "", "OP", "1", false, false),
                v("mild stress and unsure about treatment: outpatient", "mentalHealth=COPING readiness=WILLING", "OP", "1", false, false),
                v("depression in the way of daily life: IOP", "mentalHealth=STRUGGLING", "IOP", "2.1", false, false),
                v("relapsed after treatment: IOP", "continuedUse=RELAPSES", "IOP", "2.1", false, false),
                v("others use at home: IOP", "home=LITTLE_SUPPORT", "IOP", "2.1", false, false),
                v("cannot go a day without using: PHP", "continuedUse=CANNOT_STOP", "PHP", "2.5", false, false),
                v("cannot manage daily life: PHP", "mentalHealth=SEVERE", "PHP", "2.5", false, false),
                v("no steady place to live: residential", "home=UNSTABLE", "RESIDENTIAL", "3.5", false, false),
                v("violence at home: residential", "home=UNSAFE", "RESIDENTIAL", "3.5", false, false),
                v("overdoses and driving high: residential", "continuedUse=DANGEROUS", "RESIDENTIAL", "3.5", false, false),
                v("uncontrolled health problem: medically monitored residential", "physicalHealth=UNSTABLE", "RESIDENTIAL", "3.7", false, false),
                v("needs a doctor now: inpatient", "physicalHealth=URGENT", "INPATIENT", "4", false, false),
                v("opioids most days, sick when stopping: detox, MAT", "substance=OPIOIDS recentUse=MOST_DAYS withdrawal=UNWELL", "DETOX", "3.7-WM", true, true),
                v("daily heavy drinking with shakes: detox, MAT", DAILY_ALCOHOL_WITH_SHAKES, "DETOX", "3.7-WM", true, true),
                v("benzodiazepines most days, past seizure: detox", "substance=BENZODIAZEPINES recentUse=MOST_DAYS seizureHistory=YES", "DETOX", "3.7-WM", true, false),
                v("hallucinations when stopping any drug: hospital detox", "substance=STIMULANTS recentUse=A_FEW_TIMES withdrawal=SEVERE", "DETOX", "4-WM", true, false),
                v("alcohol withdrawal and needs a doctor now: hospital detox", DAILY_ALCOHOL_WITH_SHAKES + " physicalHealth=URGENT", "DETOX", "4-WM", true, true),
                // Edges between two levels
                v("edge DETOX/PHP: daily stimulants with strong withdrawal is not dangerous withdrawal", "substance=STIMULANTS recentUse=DAILY_HEAVY withdrawal=STRONG", "PHP", "2.5", false, false),
                v("edge DETOX/PHP: daily heavy drinking without withdrawal signs", "substance=ALCOHOL recentUse=DAILY_HEAVY", "PHP", "2.5", false, true),
                v("edge DETOX/IOP: occasional drinking, unwell when stopping", "substance=ALCOHOL recentUse=A_FEW_TIMES withdrawal=UNWELL", "IOP", "2.1", false, false),
                v("edge OP/IOP: readiness unsure stays outpatient", "readiness=UNSURE", "OP", "1", false, false),
                v("edge OP/IOP: readiness refused calls for IOP", "readiness=NOT_INTERESTED", "IOP", "2.1", false, false),
                v("edge OP/IOP: health problems under control", "physicalHealth=MANAGED", "OP", "1", false, false),
                v("edge IOP/PHP: relapses against cannot stop", "continuedUse=RELAPSES home=MOSTLY_SUPPORTIVE", "IOP", "2.1", false, false),
                v("edge PHP/RESIDENTIAL: cannot stop, and unstable home", "continuedUse=CANNOT_STOP home=UNSTABLE", "RESIDENTIAL", "3.5", false, false),
                v("edge RESIDENTIAL/INPATIENT: dangerous use and urgent health", "continuedUse=DANGEROUS physicalHealth=URGENT", "INPATIENT", "4", false, false),
                v("highest drives, never an average: one dimension at 3, five at 0", "continuedUse=CANNOT_STOP", "PHP", "2.5", false, false),
                v("highest drives, never a sum: five dimensions at 2 stay IOP", "mentalHealth=STRUGGLING readiness=UNSURE continuedUse=RELAPSES home=LITTLE_SUPPORT physicalHealth=NEEDS_CARE", "IOP", "2.1", false, false),
                // Screeners raise a dimension, never lower it
                v("PHQ-9 severe depression raises mental health to 3: PHP", "PHQ-9:3,3,3,3,3,3,2,0,0", "PHP", "2.5", false, false),
                v("PHQ-9 question 9 without intent: IOP, not a crisis", "PHQ-9:0,0,0,0,0,0,0,0,1", "IOP", "2.1", false, false),
                v("C-SSRS moderate risk: PHP, not a crisis", "CSSRS-SCREEN:1,1,1,0,0,0", "PHP", "2.5", false, false),
                v("C-SSRS low risk: IOP", "CSSRS-SCREEN:1,0,null,null,null,0", "IOP", "2.1", false, false),
                v("DAST-10 severe raises relapse risk to 3: PHP", "DAST-10:1,1,1,1,1,1,1,1,1,1", "PHP", "2.5", false, false),
                v("AUDIT zone IV: IOP and medication for alcohol", "AUDIT:4,4,4,2,2,0,0,0,4,0", "IOP", "2.1", false, true),
                v("a screener never lowers an answer: minimal PHQ-9 with severe mental health", "mentalHealth=SEVERE PHQ-9:0,0,0,0,0,0,0,0,0", "PHP", "2.5", false, false),
                // Crisis paths
                v("crisis: C-SSRS intent (question 4)", CSSRS_INTENT, null, null, false, false),
                v("crisis: C-SSRS plan (question 5)", "CSSRS-SCREEN:1,1,1,0,1,0", null, null, false, false),
                v("crisis: C-SSRS behaviour in the past 3 months", "CSSRS-SCREEN:0,0,null,null,null,2", null, null, false, false),
                v("crisis: PHQ-9 question 9 with intent", "harmThoughts=INTENT PHQ-9:1,1,1,1,1,1,1,1,2", null, null, false, false),
                v("crisis: intent to harm, no screeners", "harmThoughts=INTENT", null, null, false, false),
                v("crisis: cannot keep self or others safe", "mentalHealth=UNSAFE", null, null, false, false),
                v("crisis overrides detox: C-SSRS intent while in alcohol withdrawal", DAILY_ALCOHOL_WITH_SHAKES + " " + CSSRS_INTENT, null, null, true, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void vignette(String name, AgeGroup age, String answers, LevelOfCare level, String asam, boolean detox, boolean mat) {
        Evaluation e = evaluate(age, answers);
        Recommendation r = e.recommendation();
        assertEquals(level == null, e.crisis(), "crisis");
        assertEquals(level, r.levelOfCare());
        assertEquals(asam, r.asamLevel());
        assertEquals(detox, r.withdrawalManagement(), "withdrawal management");
        assertEquals(mat, r.mat(), "mat");
        assertEquals(LevelOfCareRules.DISCLAIMER, r.rationale().get(r.rationale().size() - 1));
        if (e.crisis()) {
            assertTrue(r.rationale().get(0).startsWith("Imminent risk of harm"), r.rationale().get(0));
            assertTrue(r.rationale().contains(LevelOfCareRules.CRISIS_NO_LEVEL));
            assertEquals(List.of(), r.alternatives());
            assertNull(r.hoursPerWeek());
            assertNull(r.nextLevelOfCare());
        } else {
            assertTrue(r.rationale().size() >= 3, r.rationale().toString());
            assertEquals(mat, r.alternatives().contains(LevelOfCare.MAT));
        }
    }

    /** C-SSRS question 4 "yes" is a crisis answer whatever else was answered. */
    static Stream<Arguments> anythingElse() {
        return Stream.of(
                Arguments.of(AgeGroup.ADULT, ""),
                Arguments.of(AgeGroup.ADOLESCENT, ""),
                Arguments.of(AgeGroup.ADULT, "mentalHealth=STABLE harmThoughts=NO readiness=READY PHQ-9:0,0,0,0,0,0,0,0,0"),
                Arguments.of(AgeGroup.ADULT, "physicalHealth=URGENT continuedUse=DANGEROUS home=UNSAFE"),
                Arguments.of(AgeGroup.ADULT, "GAD-7:0,0,0,0,0,0,0 AUDIT:0,null,null,null,null,null,null,null,0,0 DAST-10:0,0,0,0,0,0,0,0,0,0"),
                Arguments.of(AgeGroup.ADOLESCENT, "substance=OPIOIDS recentUse=DAILY_HEAVY withdrawal=SEVERE"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("anythingElse")
    void cssrsQuestion4Yes_isACrisis_whateverElseWasAnswered(AgeGroup age, String rest) {
        for (String cssrs : List.of("CSSRS-SCREEN:0,1,0,1,0,0", "CSSRS-SCREEN:1,1,1,1,1,2")) {
            Evaluation e = evaluate(age, rest + " " + cssrs);
            assertTrue(e.crisis());
            assertNull(e.recommendation().levelOfCare());
        }
    }

    @Test
    void adolescent_iop_isAtLeast6Hours_adult_9To19() {
        Recommendation adult = evaluate(AgeGroup.ADULT, "mentalHealth=STRUGGLING").recommendation();
        Recommendation teen = evaluate(AgeGroup.ADOLESCENT, "mentalHealth=STRUGGLING").recommendation();
        assertEquals(LevelOfCare.IOP, adult.levelOfCare());
        assertEquals(LevelOfCare.IOP, teen.levelOfCare());
        assertEquals("9 to 19 hours a week, over 3 to 5 days", adult.hoursPerWeek());
        assertEquals("6 to 19 hours a week, over 3 to 5 days", teen.hoursPerWeek());
        assertTrue(teen.rationale().contains("For an adolescent, intensive outpatient care means 6 to 19 hours a week, over 3 to 5 days."));
    }

    @Test
    void adolescent_op_isUnder6Hours_adult_under9() {
        assertEquals("fewer than 9 hours a week", evaluate(AgeGroup.ADULT, "").recommendation().hoursPerWeek());
        assertEquals("fewer than 6 hours a week", evaluate(AgeGroup.ADOLESCENT, "").recommendation().hoursPerWeek());
    }

    @Test
    void adolescent_andAdult_getTheSameLevel_andPhpHours() {
        for (AgeGroup age : AgeGroup.values()) {
            Recommendation r = evaluate(age, "continuedUse=CANNOT_STOP").recommendation();
            assertEquals(LevelOfCare.PHP, r.levelOfCare());
            assertEquals("20 or more hours a week, 4 to 8 hours a day, going home at night", r.hoursPerWeek());
        }
    }

    @Test
    void rationale_namesEachDrivingDimension_withItsRatingAndAnswer() {
        Recommendation r = evaluate(AgeGroup.ADULT, "continuedUse=CANNOT_STOP mentalHealth=SEVERE home=LITTLE_SUPPORT")
                .recommendation();
        assertEquals(List.of(
                "Emotional and mental health is rated 3 of 4 (significant risk), from the answer \"Cannot manage daily "
                        + "life: panic most days, not eating or sleeping, or seeing or hearing things\". That calls for "
                        + "partial hospitalization.",
                "Risk of continued use or relapse is rated 3 of 4 (significant risk), from the answer \"They cannot go a "
                        + "day without using or without the symptoms taking over, despite trying\". That calls for partial "
                        + "hospitalization.",
                "For an adult, partial hospitalization means 20 or more hours a week, 4 to 8 hours a day, going home at night.",
                LevelOfCareRules.DISCLAIMER), r.rationale());
        assertEquals(List.of(LevelOfCare.RESIDENTIAL, LevelOfCare.IOP), r.alternatives());
        assertEquals(3, r.ratings().get(Dimension.RELAPSE));
        assertEquals(2, r.ratings().get(Dimension.ENVIRONMENT));
    }

    @Test
    void rationale_namesTheScreener_whenItRaisedTheRating() {
        Recommendation r = evaluate(AgeGroup.ADULT, "PHQ-9:3,3,3,3,3,3,2,0,0").recommendation();
        assertTrue(r.rationale().get(0).startsWith("Emotional and mental health is rated 3 of 4 (significant risk), "
                + "from the PHQ-9 (a total of 20, severe depression)."), r.rationale().get(0));
    }

    @Test
    void detox_comesFirst_withTheLevelAfterIt_fromTheOtherDimensions() {
        Recommendation r = evaluate(AgeGroup.ADULT, DAILY_ALCOHOL_WITH_SHAKES + " home=UNSAFE").recommendation();
        assertEquals(LevelOfCare.DETOX, r.levelOfCare());
        assertEquals(LevelOfCare.RESIDENTIAL, r.nextLevelOfCare());
        assertEquals(List.of(LevelOfCare.RESIDENTIAL, LevelOfCare.MAT), r.alternatives());
        assertTrue(r.rationale().get(0).startsWith("Regular use of alcohol with withdrawal signs when cutting down means "
                + "stopping without medical help could be dangerous"), r.rationale().get(0));
        assertTrue(r.rationale().get(0).endsWith("Detox comes first; after it, residential treatment."));
        assertTrue(r.rationale().stream().anyMatch(l -> l.contains("naltrexone, acamprosate or disulfiram")));
    }

    @Test
    void crisis_explainsWhy_andOffersNoLevel() {
        Evaluation e = evaluate(AgeGroup.ADULT, CSSRS_INTENT + " continuedUse=RELAPSES");
        assertEquals(List.of("Imminent risk of harm: the CSSRS-SCREEN result is high risk: yes to question 4 or 5, or "
                + "suicidal behaviour in the past 3 months."), e.crisisReasons());
        assertTrue(e.recommendation().rationale().get(1).contains("988"));
    }

    @Test
    void levelTable_coversEveryDimensionAndRating_andNeverStepsDownAsRiskRises() {
        for (Dimension d : Dimension.values()) {
            List<LevelOfCare> row = LevelOfCareRules.LEVEL_BY_RATING.get(d);
            assertEquals(5, row.size(), d.name());
            for (int rating = 1; rating < 5; rating++) {
                assertTrue(LevelOfCareRules.LADDER.indexOf(row.get(rating)) >= LevelOfCareRules.LADDER.indexOf(row.get(rating - 1)),
                        d + " steps down at " + rating);
            }
        }
    }

    @Test
    void everyQuestion_hasANoRiskAnswer_soAVignetteCanStartFromNothing() {
        for (DimensionQuestions d : QUESTIONS.dimensions()) {
            for (Question q : d.questions()) {
                assertFalse(q.options().stream().noneMatch(o -> o.rating() == 0), q.id());
            }
        }
    }

    private static Arguments v(String name, String answers, String level, String asam, boolean detox, boolean mat) {
        return Arguments.of(name, AgeGroup.ADULT, answers, level == null ? null : LevelOfCare.valueOf(level), asam, detox, mat);
    }

    static Evaluation evaluate(AgeGroup age, String spec) {
        Map<String, String> chosen = new LinkedHashMap<>();
        List<ScoreResult> scores = new ArrayList<>();
        for (String part : spec.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.contains(":")) {
                String[] kv = part.split(":");
                List<Integer> answers = new ArrayList<>();
                Arrays.stream(kv[1].split(",")).forEach(a -> answers.add(a.equals("null") ? null : Integer.valueOf(a)));
                scores.add(Scorer.score(INSTRUMENTS.find(kv[0]).orElseThrow(), answers, kv[0]));
            } else {
                String[] kv = part.split("=");
                chosen.put(kv[0], kv[1]);
            }
        }
        Map<Dimension, List<Option>> answers = new EnumMap<>(Dimension.class);
        for (DimensionQuestions d : QUESTIONS.dimensions()) {
            List<Option> options = new ArrayList<>();
            for (Question q : d.questions()) {
                String code = chosen.remove(q.id());
                options.add(code == null ? q.options().get(0) : q.option(code).orElseThrow(() -> new AssertionError(code)));
            }
            answers.put(d.dimension(), options);
        }
        assertEquals(Map.of(), chosen, "unknown questions in the vignette");
        return LevelOfCareRules.evaluate(age, answers, scores);
    }
}
