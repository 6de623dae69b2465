package org.carenetwork.referral;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carenetwork.testing.TestPhi;

/**
 * Referral bodies with fresh, made-up PHI for each test, from {@link TestPhi}: every value handed
 * out is recorded in {@link #SENT}, so {@code PhiNotLoggedTests} (and, after the whole run, the
 * privacy-check module) can look for each of them in the logs.
 */
public final class Forms {

    public static final Path SENT = TestPhi.ledger();

    private Forms() {
    }

    /** A referral of a new person to the facility for the level, with consent and without insurance. */
    public static Map<String, Object> referral(UUID facility, String level) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("facilityId", facility.toString());
        form.put("levelOfCare", level);
        form.put("reason", record("Referred after an ED visit; reason " + UUID.randomUUID()));
        form.put("person", person());
        form.put("consent", consent());
        return form;
    }

    /** The same with insurance: the payer and plan type as given, a fresh member id. */
    public static Map<String, Object> insured(UUID facility, String level, String payer, String planType) {
        Map<String, Object> form = referral(facility, level);
        Map<String, Object> insurance = new LinkedHashMap<>();
        insurance.put("payer", payer);
        insurance.put("planType", planType);
        insurance.put("memberId", TestPhi.memberId());
        form.put("insurance", insurance);
        return form;
    }

    public static Map<String, Object> person() {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("firstName", TestPhi.firstName());
        person.put("lastName", TestPhi.lastName());
        person.put("dateOfBirth", TestPhi.dateOfBirth().toString());
        person.put("phone", TestPhi.phone());
        person.put("email", TestPhi.email());
        person.put("preferredContact", "PHONE");
        person.put("preferredLanguage", "es");
        return person;
    }

    public static Map<String, Object> consent() {
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("given", true);
        consent.put("text", "I consent to the helpline disclosing my name, contact details and the reason for this "
                + "referral to the treatment site to arrange my care.");
        consent.put("at", Instant.now().minusSeconds(60).toString());
        return consent;
    }

    /** Records PHI values a test sends outside the builders above; returns the first. */
    public static String record(String... values) {
        return TestPhi.record(values);
    }

    public static void record(List<String> values) {
        TestPhi.record(values);
    }
}
