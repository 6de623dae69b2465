package org.carenetwork.facility.service.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carenetwork.common.problem.Enums;

/** The checks and clean-ups both directory formats share. */
final class RowBuilder {

    private static final Pattern PHONE = Pattern.compile("\\(?(\\d{3})\\)?[\\s.-]*(\\d{3})[\\s.-]*(\\d{4})(\\s*(?:x|ext\\.?)\\s*(\\d{1,6}))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");

    private RowBuilder() {
    }

    /** The first phone number in a contact field, as +1-AAA-BBB-CCCC (with its extension). */
    static String phone(String contact) {
        if (contact == null) {
            return null;
        }
        Matcher m = PHONE.matcher(contact);
        if (!m.find()) {
            return null;
        }
        String phone = "+1-" + m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        return m.group(5) == null ? phone : phone + " x" + m.group(5);
    }

    /** A ZIP code with the leading zeros spreadsheets strip put back; null when it is not one. */
    static String zip(String raw) {
        if (raw == null) {
            return null;
        }
        String z = raw.strip();
        int dash = z.indexOf('-');
        String main = dash > 0 ? z.substring(0, dash) : z;
        if (!main.matches("\\d{3,5}")) {
            return null;
        }
        return "0".repeat(5 - main.length()) + main;
    }

    static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p.strip());
            }
        }
        return present.isEmpty() ? null : String.join(separator, present);
    }

    /** Why the common fields cannot make a listing, or null when they can. */
    static String problem(String name, String city, String state, Double lat, Double lon) {
        if (name == null) {
            return "no name";
        }
        if (name.length() > 300) {
            return "name longer than 300 characters";
        }
        if (city == null) {
            return "no city";
        }
        if (state == null || !STATE.matcher(state).matches()) {
            return "state '" + Enums.shown(state) + "' is not a two-letter code";
        }
        if ((lat == null) != (lon == null)) {
            return "only one of latitude and longitude";
        }
        if (lat != null && (lat.isNaN() || lon.isNaN())) {
            return "latitude or longitude is not a number";
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            return "coordinates " + lat + ", " + lon + " are out of range";
        }
        return null;
    }

    /** A coordinate, or null when absent; NaN when present but not a number. */
    static Double coordinate(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static String state(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    static Set<String> linked() {
        return new LinkedHashSet<>();
    }
}
