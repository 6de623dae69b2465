package org.carenetwork.facility.service.importing;

import java.util.List;
import java.util.Set;
import org.carenetwork.facility.domain.LocationPrecision;
import org.carenetwork.vocabulary.Condition;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.Medication;
import org.carenetwork.vocabulary.PaymentType;
import org.carenetwork.vocabulary.Population;

/** One listing of a national directory, mapped to the catalog's vocabulary and ready to upsert. */
record DirectoryRow(long line, String naturalKey, String name, String line1, String line2, String city, String state,
                    String postalCode, Double lat, Double lon, LocationPrecision precision, String phone, String website,
                    String note,
                    Set<PaymentType> paymentTypes, Set<String> languages, List<String> directoryCodes,
                    Set<LevelOfCare> levels, Set<Population> populations, Set<Condition> conditions,
                    Set<Medication> medications) {

    /** The catalog's limits (FacilityInput's, and the columns' since V3), which a directory row must keep too. */
    static final int MAX_CITY = 100;
    static final int MAX_ADDRESS_LINE = 200;
    static final int MAX_WEBSITE = 500;
    static final int MAX_NOTE = 2000;
    /** A listing's codes (N-SSATS lists up to 60; FindTreatment labels run to some 80 characters). */
    static final int MAX_CODES = 300;
    static final int MAX_CODE = 300;

    /**
     * Why the catalog cannot hold this listing as it is, or null. Rejected here, with its reason,
     * rather than by the database, so the listing's line says what was too long.
     */
    String overLimit() {
        if (city.length() > MAX_CITY) {
            return "city longer than " + MAX_CITY + " characters";
        }
        if (line1 != null && line1.length() > MAX_ADDRESS_LINE) {
            return "street address longer than " + MAX_ADDRESS_LINE + " characters";
        }
        if (line2 != null && line2.length() > MAX_ADDRESS_LINE) {
            return "second address line longer than " + MAX_ADDRESS_LINE + " characters";
        }
        if (website != null && website.length() > MAX_WEBSITE) {
            return "website longer than " + MAX_WEBSITE + " characters";
        }
        if (note != null && note.length() > MAX_NOTE) {
            return "note longer than " + MAX_NOTE + " characters";
        }
        if (directoryCodes.size() > MAX_CODES) {
            return "more than " + MAX_CODES + " service codes";
        }
        if (directoryCodes.stream().anyMatch(code -> code.length() > MAX_CODE)) {
            return "a service code or label longer than " + MAX_CODE + " characters";
        }
        return null;
    }

    /**
     * A listing as the file has it: the site key of its name and address ({@link SiteKey}), its
     * coordinates as given ({@code DIRECTORY}) or none yet (placed by ZIP code at import).
     */
    static DirectoryRow of(long line, String name, String line1, String line2, String city, String state,
                           String postalCode, Double lat, Double lon, String phone, String website, String note,
                           DirectoryCodes.Mapped mapped, List<String> codes) {
        return new DirectoryRow(line, SiteKey.of(name, line1, line2, city, state, postalCode), name, line1, line2, city,
                state, postalCode, lat, lon, lat == null ? null : LocationPrecision.DIRECTORY, phone, website, note,
                mapped.payments(), mapped.languages(), codes, mapped.levels(), mapped.populations(), mapped.conditions(),
                mapped.medications());
    }

    /** The same listing placed at its ZIP code's centroid. */
    DirectoryRow atZipCentroid(double centroidLat, double centroidLon) {
        return new DirectoryRow(line, naturalKey, name, line1, line2, city, state, postalCode, centroidLat, centroidLon,
                LocationPrecision.ZIP_CENTROID, phone, website, note, paymentTypes, languages, directoryCodes, levels,
                populations, conditions, medications);
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
