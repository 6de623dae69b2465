package org.carenetwork.assessment.domain;

import java.util.List;
import java.util.Locale;
import org.carenetwork.vocabulary.Crisis;
import org.carenetwork.vocabulary.CrisisResource;

/**
 * The languages the service answers in: English, and Spanish where a published, validated Spanish
 * text exists (README, "Languages"). The crisis message and lines exist in both.
 */
public enum Language {
    EN, ES;

    /** The BCP 47 tag, as {@code Content-Language} gives it. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** From a tag this service wrote ({@code en}, {@code es}). */
    public static Language of(String tag) {
        return valueOf(tag.toUpperCase(Locale.ROOT));
    }

    public String crisisMessage() {
        return this == ES ? Crisis.MESSAGE_ES : Crisis.MESSAGE;
    }

    public List<CrisisResource> crisisResources() {
        return this == ES ? Crisis.RESOURCES_ES : Crisis.RESOURCES;
    }

    /** The most of an {@code Accept-Language} value that is read; the rest is ignored. */
    static final int HEADER_READ_MAX = 500;

    /**
     * The caller's choice from an {@code Accept-Language} value (RFC 9110 12.5.4): ranges by
     * weight, best first (equal weights keep their order); the first whose primary language is one
     * of ours wins ({@code es-MX} is Spanish), {@code *} is English, ranges of other languages are
     * passed over. No header, or nothing usable in it, is English. Never refuses a value: a
     * malformed range is skipped, as a language preference is no reason to withhold an answer.
     */
    public static Language preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        String value = acceptLanguage.length() > HEADER_READ_MAX ? acceptLanguage.substring(0, HEADER_READ_MAX) : acceptLanguage;
        record Range(String primary, double weight, int order) {
        }
        java.util.List<Range> ranges = new java.util.ArrayList<>();
        String[] parts = value.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].trim().split(";");
            if (pieces.length == 0) {
                continue;
            }
            String tag = pieces[0].trim().toLowerCase(Locale.ROOT);
            if (!tag.matches("\\*|[a-z]{1,8}(-[a-z0-9]{1,8})*")) {
                continue;
            }
            double weight = 1.0;
            for (int p = 1; p < pieces.length; p++) {
                String parameter = pieces[p].trim().toLowerCase(Locale.ROOT);
                if (parameter.matches("q=(0(\\.[0-9]{0,3})?|1(\\.0{0,3})?)")) {
                    weight = Double.parseDouble(parameter.substring(2));
                }
            }
            if (weight > 0) {
                ranges.add(new Range(tag.split("-")[0], weight, i));
            }
        }
        ranges.sort(java.util.Comparator.comparingDouble(Range::weight).reversed().thenComparingInt(Range::order));
        for (Range range : ranges) {
            if (range.primary().equals("es")) {
                return ES;
            }
            if (range.primary().equals("en") || range.primary().equals("*")) {
                return EN;
            }
        }
        return EN;
    }
}
