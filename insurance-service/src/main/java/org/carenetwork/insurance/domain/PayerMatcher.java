package org.carenetwork.insurance.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves what a person types ("blue cross", "UHC", "aetan") to payers, best first. Each payer
 * scores by its best-matching name or alias:
 * <ul>
 * <li>100 the same words (ignoring case, punctuation, spacing: "united healthcare" is "UnitedHealthcare");</li>
 * <li>90 the start of a name ("aet");</li>
 * <li>85 one letter off the whole name (a typo, a swapped pair);</li>
 * <li>up to 80 by the share of typed words found in a name, a word one letter off counting three quarters.</li>
 * </ul>
 * Filler words ("of", "insurance") do not count. Ties keep the network's own order of payers.
 */
public final class PayerMatcher {

    /** Below this a payer is not shown at all. */
    public static final int THRESHOLD = 30;

    private static final Set<String> FILLER = Set.of("of", "the", "and", "insurance", "inc", "co", "company", "plan", "my");

    /** A candidate: its key and rank order, and every name a person may use for it. */
    public record Candidate<T>(T value, int order, List<String> names) {
    }

    public record Match<T>(T value, int score) {
    }

    private PayerMatcher() {
    }

    public static <T> List<Match<T>> rank(String query, List<Candidate<T>> candidates) {
        List<String> typed = words(query);
        List<Candidate<T>> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt(Candidate::order));
        if (typed.isEmpty()) {
            return ordered.stream().map(c -> new Match<>(c.value(), 0)).toList();
        }
        List<Match<T>> matches = new ArrayList<>();
        for (Candidate<T> c : ordered) {
            int best = c.names().stream().mapToInt(n -> score(typed, words(n))).max().orElse(0);
            if (best >= THRESHOLD) {
                matches.add(new Match<>(c.value(), best));
            }
        }
        // A stable sort: equal scores keep the network's order.
        matches.sort(Comparator.comparingInt((Match<T> m) -> m.score()).reversed());
        return matches;
    }

    public static int score(List<String> typed, List<String> name) {
        if (name.isEmpty()) {
            return 0;
        }
        String q = String.join("", typed);
        String n = String.join("", name);
        if (q.equals(n)) {
            return 100;
        }
        if (q.length() >= 2 && n.startsWith(q)) {
            return 90;
        }
        if (q.length() >= 4 && distance(q, n) <= 1) {
            return 85;
        }
        double found = 0;
        for (String word : typed) {
            found += wordMatch(word, name);
        }
        return (int) Math.round(80 * found / typed.size());
    }

    private static double wordMatch(String word, List<String> name) {
        double best = 0;
        for (String w : name) {
            if (w.equals(word) || (word.length() >= 3 && w.startsWith(word))) {
                return 1;
            }
            if (word.length() >= 4 && distance(word, w) <= 1) {
                best = 0.75;
            }
        }
        return best;
    }

    /** Lower-case words without accents, punctuation or filler; "&" reads as "and". */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").trim();
        if (plain.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(plain.split(" ")).filter(w -> !FILLER.contains(w)).toList();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    public static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return 2;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
