package org.carenetwork.facility.service.importing;

import java.util.Map;

/**
 * The identity of a site across files, years and layouts (directories have no stable id): its
 * name, street address, city, state and 5-digit ZIP, normalised. The database computes the same
 * key ({@code site_key(name, line1, line2, city, state, postal_code)}, V6): the migration recomputed
 * the keys of listings imported before, and the import matches network sites with it.
 * {@code DirectoryImportTests} check that both agree on every row of the national file.
 *
 * <p>Normalised: ASCII letters lower-cased; every run of other ASCII characters (punctuation,
 * white space) one separator, so the name parts of any layout ("A", "B" or "A/B" or "A - B") give
 * the same words; non-ASCII letters kept as they are (Java and PostgreSQL agree on them whatever
 * the collation); "and" dropped from names; common street words abbreviated as USPS Publication 28
 * does.
 */
final class SiteKey {

    /** Street words and their USPS abbreviations; V6's {@code site_key_words} holds the same table. */
    static final Map<String, String> STREET_WORDS = Map.ofEntries(
            Map.entry("street", "st"), Map.entry("str", "st"), Map.entry("avenue", "ave"), Map.entry("av", "ave"),
            Map.entry("road", "rd"), Map.entry("drive", "dr"), Map.entry("boulevard", "blvd"), Map.entry("lane", "ln"),
            Map.entry("court", "ct"), Map.entry("place", "pl"), Map.entry("parkway", "pkwy"), Map.entry("highway", "hwy"),
            Map.entry("circle", "cir"), Map.entry("terrace", "ter"), Map.entry("square", "sq"), Map.entry("route", "rte"),
            Map.entry("expressway", "expy"), Map.entry("freeway", "fwy"), Map.entry("turnpike", "tpke"),
            Map.entry("suite", "ste"), Map.entry("building", "bldg"), Map.entry("floor", "fl"), Map.entry("room", "rm"),
            Map.entry("apartment", "apt"), Map.entry("department", "dept"),
            Map.entry("north", "n"), Map.entry("south", "s"), Map.entry("east", "e"), Map.entry("west", "w"),
            Map.entry("northeast", "ne"), Map.entry("northwest", "nw"), Map.entry("southeast", "se"),
            Map.entry("southwest", "sw"));

    private SiteKey() {
    }

    /** The key of a site: {@code name|street|city|state|zip5}; {@code street} is line1 and line2 together. */
    static String of(String name, String line1, String line2, String city, String state, String zip) {
        String z = zip == null ? "" : zip.length() > 5 ? zip.substring(0, 5) : zip;
        return words(name, false) + '|' + words(RowBuilder.join(" ", line1, line2), true) + '|' + words(city, false)
                + '|' + words(state, false) + '|' + z;
    }

    static String words(String s, boolean street) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i <= s.length()) {
            int cp = i < s.length() ? s.codePointAt(i) : ' ';
            boolean keep = cp >= 0x80 || (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
            if (keep && i < s.length()) {
                word.appendCodePoint(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
            } else if (!word.isEmpty()) {
                String w = word.toString();
                w = street ? STREET_WORDS.getOrDefault(w, w) : w.equals("and") ? "" : w;
                if (!w.isEmpty()) {
                    if (!out.isEmpty()) {
                        out.append(' ');
                    }
                    out.append(w);
                }
                word.setLength(0);
            }
            i += i < s.length() ? Character.charCount(cp) : 1;
        }
        return out.toString();
    }
}
