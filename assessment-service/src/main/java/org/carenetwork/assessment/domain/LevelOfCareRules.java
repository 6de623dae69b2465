package org.carenetwork.assessment.domain;

import static org.carenetwork.vocabulary.LevelOfCare.INPATIENT;
import static org.carenetwork.vocabulary.LevelOfCare.IOP;
import static org.carenetwork.vocabulary.LevelOfCare.OP;
import static org.carenetwork.vocabulary.LevelOfCare.PHP;
import static org.carenetwork.vocabulary.LevelOfCare.RESIDENTIAL;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carenetwork.assessment.domain.Questionnaire.Option;
import org.carenetwork.vocabulary.AgeGroup;
import org.carenetwork.vocabulary.LevelOfCare;

/**
 * The suite's own level-of-care rules (ASAM's decision rules are licensed and not public). Every
 * rule is a table below, and LEVEL_OF_CARE.md explains each with its source:
 * <ol>
 * <li>imminent risk of harm makes a crisis answer, whatever else was answered;</li>
 * <li>each dimension's rating is its highest-rated answer, raised (never lowered) by screener results;</li>
 * <li>each dimension at its rating calls for a level; the most intensive level called for wins,
 *     so the highest-risk dimension drives the level and ratings are never averaged;</li>
 * <li>withdrawal risk puts detox first, with the level from the other dimensions after it;</li>
 * <li>opioid or alcohol use disorder signals mean medication should be considered.</li>
 * </ol>
 */
public final class LevelOfCareRules {

    /** Each level in words a caller can read aloud. */
    private static final Map<LevelOfCare, String> SPOKEN = new EnumMap<>(Map.of(
            LevelOfCare.DETOX, "medically supervised detox (withdrawal management)",
            LevelOfCare.INPATIENT, "medically managed inpatient care",
            LevelOfCare.RESIDENTIAL, "residential treatment",
            LevelOfCare.PHP, "partial hospitalization",
            LevelOfCare.IOP, "intensive outpatient care",
            LevelOfCare.OP, "outpatient care",
            LevelOfCare.MAT, "medication for addiction treatment"));

    /** The placement ladder, least intensive first. */
    static final List<LevelOfCare> LADDER = List.of(OP, IOP, PHP, RESIDENTIAL, INPATIENT);

    /** Rule 3: the level each dimension calls for at ratings 0, 1, 2, 3, 4. */
    static final Map<Dimension, List<LevelOfCare>> LEVEL_BY_RATING = new EnumMap<>(Map.of(
            Dimension.WITHDRAWAL, List.of(OP, OP, IOP, PHP, INPATIENT),
            Dimension.BIOMEDICAL, List.of(OP, OP, IOP, RESIDENTIAL, INPATIENT),
            Dimension.EMOTIONAL, List.of(OP, OP, IOP, PHP, INPATIENT),
            Dimension.READINESS, List.of(OP, OP, OP, IOP, IOP),
            Dimension.RELAPSE, List.of(OP, OP, IOP, PHP, RESIDENTIAL),
            Dimension.ENVIRONMENT, List.of(OP, OP, IOP, RESIDENTIAL, RESIDENTIAL)));

    /** Rule 2: a screener result that raises a dimension to at least a rating. */
    record Floor(String instrument, String bandOrFlag, Dimension dimension, int rating) {
    }

    static final List<Floor> FLOORS = List.of(
            new Floor("PHQ-9", "SELF_HARM_THOUGHTS", Dimension.EMOTIONAL, 2),
            new Floor("PHQ-9", "MODERATELY_SEVERE", Dimension.EMOTIONAL, 2),
            new Floor("PHQ-9", "SEVERE", Dimension.EMOTIONAL, 3),
            new Floor("GAD-7", "SEVERE", Dimension.EMOTIONAL, 2),
            new Floor("CSSRS-SCREEN", "LOW", Dimension.EMOTIONAL, 2),
            new Floor("CSSRS-SCREEN", "MODERATE", Dimension.EMOTIONAL, 3),
            new Floor("AUDIT", "ZONE_IV", Dimension.RELAPSE, 2),
            new Floor("DAST-10", "SUBSTANTIAL", Dimension.RELAPSE, 2),
            new Floor("DAST-10", "SEVERE", Dimension.RELAPSE, 3));

    /** Rule 1: screener bands that mean imminent risk of harm. */
    static final Map<String, String> CRISIS_BANDS = Map.of("CSSRS-SCREEN", "HIGH");

    /** Rule 4: substances whose withdrawal can be dangerous (seizures, delirium) or needs medical help. */
    static final Set<Signal> WITHDRAWAL_SUBSTANCES = EnumSet.of(Signal.ALCOHOL, Signal.BENZODIAZEPINES, Signal.OPIOIDS);

    /** Rule 5: use disorders with FDA-approved medications, and the screener band that signals one. */
    static final Map<Signal, String> MAT_SUBSTANCES = new EnumMap<>(Map.of(
            Signal.OPIOIDS, "opioid use: buprenorphine, methadone or naltrexone",
            Signal.ALCOHOL, "alcohol use: naltrexone, acamprosate or disulfiram"));
    static final Map<String, String> MAT_BANDS = Map.of("AUDIT", "ZONE_IV");

    static final String[] RATING_WORDS = {"no risk", "mild risk", "moderate risk", "significant risk", "severe risk"};

    public static final String DISCLAIMER = "This is decision support, not a diagnosis: a clinician confirms the "
            + "level of care with the person.";

    public static final String CRISIS_NO_LEVEL = "No level of care is offered until the person is safe: call or text "
            + "988 now, or call 911 if there is immediate danger. A clinician decides on treatment after the crisis.";

    private LevelOfCareRules() {
    }

    /**
     * @param answers the chosen level-of-care answers by dimension (a dimension may be missing only
     *                when the answer is a crisis and its answers could not be used)
     * @param scores  the screeners' results, valid ones only
     */
    public static Evaluation evaluate(AgeGroup ageGroup, Map<Dimension, List<Option>> answers, List<ScoreResult> scores) {
        Set<Signal> signals = EnumSet.noneOf(Signal.class);
        answers.values().forEach(options -> options.forEach(o -> signals.addAll(o.signals())));

        List<String> crisisReasons = crisisReasons(signals, scores);

        Map<Dimension, Rated> ratings = new EnumMap<>(Dimension.class);
        answers.forEach((dimension, options) -> options.stream()
                .max((a, b) -> Integer.compare(a.rating(), b.rating()))
                .ifPresent(top -> ratings.put(dimension, new Rated(top.rating(), "the answer \"" + top.text() + "\""))));
        for (Floor floor : FLOORS) {
            score(scores, floor.instrument())
                    .filter(s -> floor.bandOrFlag().equals(s.band()) || s.hasFlag(floor.bandOrFlag()))
                    .filter(s -> ratings.getOrDefault(floor.dimension(), Rated.NONE).rating() < floor.rating())
                    .ifPresent(s -> ratings.put(floor.dimension(), new Rated(floor.rating(), screenerReason(s, floor))));
        }

        boolean withdrawalFirst = withdrawalFirst(signals);
        List<String> matReasons = matReasons(signals, scores);
        Map<Dimension, Integer> ratingView = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            if (ratings.containsKey(d)) {
                ratingView.put(d, ratings.get(d).rating());
            }
        }

        if (!crisisReasons.isEmpty()) {
            List<String> rationale = new ArrayList<>(crisisReasons);
            rationale.add(CRISIS_NO_LEVEL);
            rationale.add(DISCLAIMER);
            return new Evaluation(true, crisisReasons, new Recommendation(null, null, null, List.of(),
                    withdrawalFirst, !matReasons.isEmpty(), null, ratingView, List.copyOf(rationale)));
        }

        LevelOfCare placement = placement(ratings, false);
        List<String> rationale = new ArrayList<>();
        LevelOfCare level = placement;
        String asam = asamLevel(placement, ratings);
        LevelOfCare next = null;
        List<LevelOfCare> alternatives = new ArrayList<>();
        if (withdrawalFirst) {
            next = placement(ratings, true);
            level = LevelOfCare.DETOX;
            asam = rating(ratings, Dimension.WITHDRAWAL) == 4 || rating(ratings, Dimension.BIOMEDICAL) == 4 ? "4-WM" : "3.7-WM";
            rationale.add(withdrawalReason(signals, asam, next));
            rationale.addAll(drivers(ratings, next, true));
            alternatives.add(next);
        } else {
            rationale.addAll(drivers(ratings, placement, false));
            int i = LADDER.indexOf(placement);
            if (i + 1 < LADDER.size()) {
                alternatives.add(LADDER.get(i + 1));
            }
            if (i > 0) {
                alternatives.add(LADDER.get(i - 1));
            }
        }
        if (!matReasons.isEmpty()) {
            alternatives.add(LevelOfCare.MAT);
            rationale.addAll(matReasons);
        }
        String hours = hours(level, ageGroup);
        rationale.add(hoursSentence(level, ageGroup, hours));
        rationale.add(DISCLAIMER);
        return new Evaluation(false, List.of(), new Recommendation(level, asam, next, List.copyOf(alternatives),
                withdrawalFirst, !matReasons.isEmpty(), hours, ratingView, List.copyOf(rationale)));
    }

    private record Rated(int rating, String because) {
        static final Rated NONE = new Rated(0, "no answer");
    }

    /** Why these screeners' results alone are a crisis answer; empty when they are not. */
    public static List<String> crisisReasons(List<ScoreResult> scores) {
        return crisisReasons(EnumSet.noneOf(Signal.class), scores);
    }

    private static List<String> crisisReasons(Set<Signal> signals, List<ScoreResult> scores) {
        List<String> reasons = new ArrayList<>();
        CRISIS_BANDS.forEach((instrument, band) -> score(scores, instrument).filter(s -> band.equals(s.band()))
                .ifPresent(s -> reasons.add("Imminent risk of harm: the " + s.instrument() + " result is "
                        + lowerFirst(s.bandLabel()) + ".")));
        if (signals.contains(Signal.INTENT_TO_HARM)) {
            boolean phq9 = score(scores, "PHQ-9").map(s -> s.hasFlag("SELF_HARM_THOUGHTS")).orElse(false);
            reasons.add(phq9
                    ? "Imminent risk of harm: PHQ-9 question 9 shows thoughts of death or self-harm, and the answers "
                    + "say the person intends to act on such thoughts or cannot stay safe."
                    : "Imminent risk of harm: the answers say the person intends to act on thoughts of ending their "
                    + "life or hurting someone, or cannot keep themselves or others safe.");
        }
        return reasons;
    }

    private static boolean withdrawalFirst(Set<Signal> signals) {
        if (signals.contains(Signal.SEVERE_WITHDRAWAL)) {
            return true;
        }
        boolean risky = signals.stream().anyMatch(WITHDRAWAL_SUBSTANCES::contains);
        return risky && signals.contains(Signal.REGULAR_USE)
                && (signals.contains(Signal.WITHDRAWAL_SIGNS) || signals.contains(Signal.SEIZURE_HISTORY));
    }

    private static String withdrawalReason(Set<Signal> signals, String asam, LevelOfCare next) {
        String then = " Detox comes first; after it, " + spoken(next) + ".";
        if (signals.contains(Signal.SEVERE_WITHDRAWAL)) {
            return "Seizures, confusion or hallucinations when stopping are a medical danger: withdrawal must be "
                    + "managed in a hospital setting (ASAM " + asam + ")." + then;
        }
        String substance = signals.contains(Signal.ALCOHOL) ? "alcohol"
                : signals.contains(Signal.BENZODIAZEPINES) ? "benzodiazepines" : "opioids";
        String why = signals.contains(Signal.WITHDRAWAL_SIGNS) && signals.contains(Signal.SEIZURE_HISTORY)
                ? "withdrawal signs and a past seizure or DTs"
                : signals.contains(Signal.WITHDRAWAL_SIGNS) ? "withdrawal signs when cutting down"
                : "a past seizure or DTs when stopping";
        return "Regular use of " + substance + " with " + why + " means stopping without medical help could be "
                + "dangerous: medically supervised withdrawal (ASAM " + asam + ")." + then;
    }

    private static List<String> matReasons(Set<Signal> signals, List<ScoreResult> scores) {
        List<String> reasons = new ArrayList<>();
        MAT_SUBSTANCES.forEach((substance, medicines) -> {
            boolean regular = signals.contains(Signal.REGULAR_USE)
                    || (substance == Signal.OPIOIDS && signals.contains(Signal.WITHDRAWAL_SIGNS));
            if (signals.contains(substance) && regular) {
                reasons.add("Signs of a use disorder with " + medicines + " should be considered alongside any "
                        + "level of care.");
            }
        });
        MAT_BANDS.forEach((instrument, band) -> score(scores, instrument).filter(s -> band.equals(s.band()))
                .ifPresent(s -> {
                    if (reasons.stream().noneMatch(r -> r.contains("alcohol"))) {
                        reasons.add("The " + instrument + " total of " + s.total() + " suggests possible alcohol "
                                + "dependence: medication (naltrexone, acamprosate or disulfiram) should be considered.");
                    }
                }));
        return reasons;
    }

    /** The most intensive level any dimension calls for; after detox, without the withdrawal dimension. */
    private static LevelOfCare placement(Map<Dimension, Rated> ratings, boolean afterWithdrawal) {
        LevelOfCare level = OP;
        for (Map.Entry<Dimension, Rated> e : ratings.entrySet()) {
            if (afterWithdrawal && e.getKey() == Dimension.WITHDRAWAL) {
                continue;
            }
            LevelOfCare called = LEVEL_BY_RATING.get(e.getKey()).get(e.getValue().rating());
            if (LADDER.indexOf(called) > LADDER.indexOf(level)) {
                level = called;
            }
        }
        return level;
    }

    /** One sentence per dimension that drove the level: those calling for it at the highest rating. */
    private static List<String> drivers(Map<Dimension, Rated> ratings, LevelOfCare level, boolean afterWithdrawal) {
        int top = ratings.entrySet().stream()
                .filter(e -> !(afterWithdrawal && e.getKey() == Dimension.WITHDRAWAL))
                .filter(e -> LEVEL_BY_RATING.get(e.getKey()).get(e.getValue().rating()) == level)
                .mapToInt(e -> e.getValue().rating()).max().orElse(0);
        if (top == 0) {
            return List.of("No dimension shows risk (each is rated 0 of 4), so " + spoken(level) + " is enough to start.");
        }
        List<String> lines = new ArrayList<>();
        ratings.forEach((dimension, rated) -> {
            if (!(afterWithdrawal && dimension == Dimension.WITHDRAWAL) && rated.rating() == top
                    && LEVEL_BY_RATING.get(dimension).get(top) == level) {
                lines.add(dimension.spoken() + " is rated " + top + " of 4 (" + RATING_WORDS[top] + "), from "
                        + rated.because() + ". That calls for " + spoken(level) + ".");
            }
        });
        return lines;
    }

    private static String asamLevel(LevelOfCare level, Map<Dimension, Rated> ratings) {
        return switch (level) {
            case OP -> "1";
            case IOP -> "2.1";
            case PHP -> "2.5";
            // Medical or psychiatric needs call for a medically monitored residence (3.7), others a clinically managed one (3.5).
            case RESIDENTIAL -> rating(ratings, Dimension.BIOMEDICAL) >= 3 ? "3.7" : "3.5";
            case INPATIENT -> "4";
            case DETOX, MAT -> throw new IllegalArgumentException(level + " is not a placement");
        };
    }

    /** Hours of care a week; adolescents' IOP and OP thresholds differ from adults' (ASAM: 6 hours, not 9). */
    static String hours(LevelOfCare level, AgeGroup ageGroup) {
        boolean adolescent = ageGroup == AgeGroup.ADOLESCENT;
        return switch (level) {
            case OP -> adolescent ? "fewer than 6 hours a week" : "fewer than 9 hours a week";
            case IOP -> adolescent ? "6 to 19 hours a week, over 3 to 5 days" : "9 to 19 hours a week, over 3 to 5 days";
            case PHP -> "20 or more hours a week, 4 to 8 hours a day, going home at night";
            case RESIDENTIAL -> "lives at the facility, with care around the clock";
            case INPATIENT -> "in a hospital setting, with medical care around the clock";
            case DETOX -> "medically supervised around the clock, usually for several days";
            case MAT -> throw new IllegalArgumentException("MAT overlays a level; it has no hours of its own");
        };
    }

    private static String hoursSentence(LevelOfCare level, AgeGroup ageGroup, String hours) {
        return "For " + (ageGroup == AgeGroup.ADOLESCENT ? "an adolescent" : "an adult") + ", " + spoken(level)
                + " means " + hours + ".";
    }

    private static String screenerReason(ScoreResult s, Floor floor) {
        String result = s.total() != null ? "a total of " + s.total() + ", " + lowerFirst(s.bandLabel())
                : lowerFirst(s.bandLabel());
        if (s.hasFlag(floor.bandOrFlag())) {
            result = "an answer above 0 to question 9 (thoughts of death or self-harm)";
        }
        return "the " + s.instrument() + " (" + result + ")";
    }

    private static int rating(Map<Dimension, Rated> ratings, Dimension d) {
        return ratings.getOrDefault(d, Rated.NONE).rating();
    }

    private static Optional<ScoreResult> score(List<ScoreResult> scores, String instrument) {
        return scores.stream().filter(s -> s.instrument().equals(instrument)).findFirst();
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The level in words a caller can read aloud. */
    static String spoken(LevelOfCare level) {
        return SPOKEN.get(level);
    }
}
