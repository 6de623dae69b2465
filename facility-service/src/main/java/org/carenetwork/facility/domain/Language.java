package org.carenetwork.facility.domain;

import java.util.Locale;

/**
 * The languages the catalog's texts are written in: English (the default) and Spanish, the
 * language the network's sites and SAMHSA's helpline serve besides English (domain.md).
 */
public enum Language {
    EN, ES;

    /** The BCP 47 tag of the language, as {@code Content-Language} names it. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language an {@code Accept-Language} header prefers among ours (RFC 9110 §12.5.4: the
     * highest {@code q} wins, the earlier range on a tie; {@code es-MX} is Spanish, {@code *} and anything we do not
     * write are English). A malformed range counts as absent: a header never makes a read fail.
     */
    public static Language preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        Language best = EN;
        double bestQ = -1;
        for (String range : acceptLanguage.split(",")) {
            String[] parts = range.trim().split(";", -1);
            String tag = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = quality(parts);
            Language language = tag.equals("es") || tag.startsWith("es-") ? ES
                    : tag.equals("en") || tag.startsWith("en-") || tag.equals("*") ? EN : null;
            if (language != null && q > 0 && q > bestQ) {
                best = language;
                bestQ = q;
            }
        }
        return best;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
