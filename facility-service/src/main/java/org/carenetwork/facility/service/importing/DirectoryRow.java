package org.carenetwork.facility.service.importing;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.carenetwork.vocabulary.Condition;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.Medication;
import org.carenetwork.vocabulary.PaymentType;
import org.carenetwork.vocabulary.Population;

/** One listing of a national directory, mapped to the catalog's vocabulary and ready to upsert. */
record DirectoryRow(long line, String naturalKey, String name, String line1, String line2, String city, String state,
                    String postalCode, Double lat, Double lon, String phone, String website, String note,
                    Set<PaymentType> paymentTypes, Set<String> languages, List<String> directoryCodes,
                    Set<LevelOfCare> levels, Set<Population> populations, Set<Condition> conditions,
                    Set<Medication> medications) {

    /**
     * The stable identity of a listing across imports and across both formats: its normalised name
     * parts and street address. The directories have no stable id of their own.
     */
    static String naturalKey(String name1, String name2, String name3, String street1, String street2, String city,
                             String state, String zip) {
        StringBuilder key = new StringBuilder();
        for (String part : new String[] {name1, name2, name3, street1, street2, city, state, zip}) {
            key.append(part == null ? "" : part.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip())
                    .append('|');
        }
        return key.toString();
    }

    /** The ASAM level a directory listing implies: only where the level of care has exactly one. */
    static String asamLevel(LevelOfCare level) {
        return switch (level) {
            case INPATIENT -> "4";
            case PHP -> "2.5";
            case IOP -> "2.1";
            case OP -> "1";
            default -> null;
        };
    }
}
