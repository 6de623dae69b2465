package org.carenetwork.facility.service.importing;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.carenetwork.vocabulary.Condition;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.Medication;
import org.carenetwork.vocabulary.PaymentType;
import org.carenetwork.vocabulary.Population;

/**
 * N-SSATS / N-SUMHSS / FindTreatment.gov service codes and labels mapped to the catalog's
 * vocabulary, as domain.md tables them, with the later listings' codes whose meaning is plain
 * ({@code METH} methadone; {@code FEM}, {@code MALE}: clients accepted by gender). A code that maps
 * nowhere is not an error: it stays in the listing's directory codes.
 */
final class DirectoryCodes {

    private DirectoryCodes() {
    }

    static final Map<String, LevelOfCare> LEVELS = Map.ofEntries(
            Map.entry("DT", LevelOfCare.DETOX), Map.entry("HID", LevelOfCare.DETOX), Map.entry("RD", LevelOfCare.DETOX),
            Map.entry("OD", LevelOfCare.DETOX),
            Map.entry("HI", LevelOfCare.INPATIENT), Map.entry("HIT", LevelOfCare.INPATIENT),
            Map.entry("RES", LevelOfCare.RESIDENTIAL), Map.entry("RS", LevelOfCare.RESIDENTIAL),
            Map.entry("RL", LevelOfCare.RESIDENTIAL), Map.entry("HH", LevelOfCare.RESIDENTIAL),
            Map.entry("ODT", LevelOfCare.PHP),
            Map.entry("OIT", LevelOfCare.IOP),
            Map.entry("OP", LevelOfCare.OP), Map.entry("ORT", LevelOfCare.OP), Map.entry("CT", LevelOfCare.OP),
            Map.entry("OTP", LevelOfCare.MAT), Map.entry("MM", LevelOfCare.MAT), Map.entry("METH", LevelOfCare.MAT),
            Map.entry("DM", LevelOfCare.MAT),
            Map.entry("BU", LevelOfCare.MAT), Map.entry("BUM", LevelOfCare.MAT), Map.entry("DB", LevelOfCare.MAT),
            Map.entry("NU", LevelOfCare.MAT), Map.entry("NXN", LevelOfCare.MAT), Map.entry("VTRL", LevelOfCare.MAT),
            Map.entry("OMB", LevelOfCare.MAT), Map.entry("ATR", LevelOfCare.MAT));

    static final Map<String, Medication> MEDICATIONS = Map.of(
            "OTP", Medication.METHADONE, "MM", Medication.METHADONE, "DM", Medication.METHADONE,
            "METH", Medication.METHADONE,
            "BU", Medication.BUPRENORPHINE, "BUM", Medication.BUPRENORPHINE, "DB", Medication.BUPRENORPHINE,
            "NU", Medication.NALTREXONE, "NXN", Medication.NALTREXONE, "VTRL", Medication.NALTREXONE);

    static final Map<String, PaymentType> PAYMENTS = Map.of(
            "MD", PaymentType.MEDICAID, "MC", PaymentType.MEDICARE, "PI", PaymentType.PRIVATE_INSURANCE,
            "SF", PaymentType.SELF_PAY, "SI", PaymentType.STATE_FINANCED, "MI", PaymentType.MILITARY,
            "SS", PaymentType.SLIDING_FEE, "NP", PaymentType.FREE);

    static final Map<String, Population> POPULATIONS = Map.ofEntries(
            Map.entry("AD", Population.ADOLESCENTS), Map.entry("YAD", Population.YOUNG_ADULTS),
            Map.entry("ADLT", Population.ADULTS), Map.entry("SE", Population.SENIORS), Map.entry("WN", Population.WOMEN),
            Map.entry("MN", Population.MEN), Map.entry("PW", Population.PREGNANT_POSTPARTUM),
            Map.entry("GL", Population.LGBTQ), Map.entry("VET", Population.VETERANS),
            Map.entry("ADM", Population.ACTIVE_DUTY), Map.entry("MF", Population.MILITARY_FAMILIES),
            Map.entry("CJ", Population.CRIMINAL_JUSTICE), Map.entry("CO", Population.CO_OCCURRING),
            Map.entry("TRMA", Population.TRAUMA), Map.entry("DV", Population.DOMESTIC_VIOLENCE),
            Map.entry("XA", Population.SEXUAL_ABUSE),
            // Clients accepted by gender (N-SSATS "FEM", "MALE"): the site serves women, men.
            Map.entry("FEM", Population.WOMEN), Map.entry("MALE", Population.MEN));

    /** Languages as ISO 639 codes: Spanish, and American Sign Language for deaf and hard-of-hearing services. */
    static final Map<String, String> LANGUAGES = Map.of("SP", "es", "AH", "ase");

    static final Map<String, Condition> CONDITIONS = Map.of("SA", Condition.SUBSTANCE_USE, "CO", Condition.CO_OCCURRING);

    /** What a set of codes says, mapped; unmapped codes are the caller's to keep. */
    record Mapped(Set<LevelOfCare> levels, Set<PaymentType> payments, Set<Population> populations,
                  Set<Condition> conditions, Set<Medication> medications, Set<String> languages) {

        static Mapped empty() {
            return new Mapped(EnumSet.noneOf(LevelOfCare.class), EnumSet.noneOf(PaymentType.class),
                    EnumSet.noneOf(Population.class), EnumSet.noneOf(Condition.class), EnumSet.noneOf(Medication.class),
                    new java.util.LinkedHashSet<>());
        }

        void add(String code) {
            String c = code.toUpperCase(Locale.ROOT);
            if (LEVELS.containsKey(c)) {
                levels.add(LEVELS.get(c));
            }
            if (MEDICATIONS.containsKey(c)) {
                medications.add(MEDICATIONS.get(c));
            }
            if (PAYMENTS.containsKey(c)) {
                payments.add(PAYMENTS.get(c));
            }
            if (POPULATIONS.containsKey(c)) {
                populations.add(POPULATIONS.get(c));
            }
            if (CONDITIONS.containsKey(c)) {
                conditions.add(CONDITIONS.get(c));
            }
            if (LANGUAGES.containsKey(c)) {
                languages.add(LANGUAGES.get(c));
            }
        }
    }

    /**
     * FindTreatment.gov exports name services by label ("Intensive outpatient treatment"); these
     * turn a label into the N-SSATS code it stands for, or null. Order matters: the more specific
     * wording is tried first ("state-financed ... other than Medicaid" is not Medicaid).
     */
    static String codeForLabel(String label) {
        String l = label.toLowerCase(Locale.ROOT).strip();
        if (label.strip().matches("[A-Z][A-Z0-9]{0,5}")) {
            return label.strip();
        }
        String[][] rules = {
                {"hospital inpatient detox", "HID"}, {"residential detox", "RD"}, {"outpatient detox", "OD"},
                {"detox", "DT"}, {"withdrawal management", "DT"},
                {"hospital inpatient", "HI"},
                {"short-term residential", "RS"}, {"long-term residential", "RL"},
                {"halfway house", "HH"}, {"residential", "RES"},
                {"partial hospitalization", "ODT"}, {"day treatment", "ODT"},
                {"intensive outpatient", "OIT"},
                {"telemedicine", "CT"}, {"telehealth", "CT"},
                {"regular outpatient", "ORT"},
                {"opioid treatment program", "OTP"}, {"methadone", "MM"}, {"buprenorphine", "BU"},
                {"vivitrol", "VTRL"}, {"extended-release", "VTRL"}, {"naltrexone", "NXN"},
                {"state-financed", "SI"}, {"state financed", "SI"}, {"medicaid", "MD"}, {"medicare", "MC"},
                {"private health insurance", "PI"}, {"self-pay", "SF"}, {"cash", "SF"},
                {"military insurance", "MI"}, {"tricare", "MI"}, {"sliding fee", "SS"},
                {"no payment accepted", "NP"}, {"free of charge", "NP"},
                {"adolescent", "AD"}, {"young adult", "YAD"}, {"pregnant", "PW"}, {"postpartum", "PW"},
                {"senior", "SE"}, {"older adult", "SE"}, {"lgbt", "GL"}, {"veteran", "VET"},
                {"active duty", "ADM"}, {"military famil", "MF"}, {"criminal justice", "CJ"},
                {"co-occurring", "CO"}, {"trauma", "TRMA"}, {"sexual abuse", "XA"},
                {"domestic violence", "DV"}, {"intimate partner", "DV"},
                {"adult women", "WN"}, {"women", "WN"}, {"adult men", "MN"}, {"men", "MN"}, {"adults", "ADLT"},
                {"spanish", "SP"}, {"sign language", "AH"}, {"deaf", "AH"},
                {"substance use treatment", "SA"}, {"substance abuse treatment", "SA"},
                {"outpatient", "OP"},
        };
        for (String[] rule : rules) {
            if (rule[0].equals("men") ? l.matches("(adult )?men") : l.contains(rule[0])) {
                return rule[1];
            }
        }
        return null;
    }
}
