package org.carenetwork.insurance.domain;

import java.util.regex.Pattern;

/**
 * Phone numbers of the North American Numbering Plan (the US, where the network calls back), as
 * people write them, and their one stored form, E.164 ({@code +14195550100}). A small rule of
 * our own rather than libphonenumber: the form takes only NANP numbers, the rule is the
 * document's pattern (so a client can check it before sending), and it needs no metadata
 * updates.
 */
public final class Phones {

    private static final Pattern AS_WRITTEN = Pattern.compile(ApiText.PHONE_AS_WRITTEN);
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

    private Phones() {
    }

    /** Whether a trimmed value is a NANP number as people write it. */
    public static boolean valid(String trimmed) {
        return AS_WRITTEN.matcher(trimmed).matches();
    }

    /**
     * The number in E.164, or null for null. Written numbers have ten digits, or eleven with the
     * country code 1 first; so have the ones stored before numbers were normalised.
     */
    public static String e164(String number) {
        if (number == null) {
            return null;
        }
        String digits = NOT_DIGIT.matcher(number).replaceAll("");
        return "+1" + (digits.length() == 11 && digits.charAt(0) == '1' ? digits.substring(1) : digits);
    }
}
