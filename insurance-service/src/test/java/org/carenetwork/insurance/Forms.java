package org.carenetwork.insurance;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carenetwork.testing.TestPhi;

/**
 * Coverage-request forms with fresh, made-up PHI for each test, from {@link TestPhi}: every value
 * handed out is recorded in {@link #SENT}, so {@code PhiNotLoggedTests} (and, after the whole run,
 * the privacy-check module) can look for each of them in the logs.
 */
public final class Forms {

    public static final Path SENT = TestPhi.ledger();

    private Forms() {
    }

    public static Map<String, Object> valid() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("seekingCareFor", "LOVED_ONE");
        form.put("firstName", TestPhi.firstName());
        form.put("lastName", TestPhi.lastName());
        form.put("dateOfBirth", TestPhi.dateOfBirth().toString());
        form.put("phone", TestPhi.phone());
        form.put("email", TestPhi.email());
        form.put("preferredContact", "PHONE");
        form.put("payer", "aetna");
        form.put("planType", "PPO");
        form.put("memberId", TestPhi.memberId());
        form.put("groupNumber", TestPhi.groupNumber());
        form.put("subscriberRelationship", "CHILD");
        form.put("policyHolder", policyHolder());
        form.put("consent", consent());
        return form;
    }

    /** The subscriber of a plan the patient is on as a child or spouse: fresh PHI too. */
    public static Map<String, Object> policyHolder() {
        Map<String, Object> holder = new LinkedHashMap<>();
        holder.put("firstName", TestPhi.firstName());
        holder.put("lastName", TestPhi.lastName());
        holder.put("dateOfBirth", TestPhi.dateOfBirth().toString());
        return holder;
    }

    public static Map<String, Object> consent() {
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("agreed", true);
        consent.put("text", "I agree that the admissions team may contact me and check my insurance benefits.");
        consent.put("agreedAt", Instant.now().minusSeconds(30).toString());
        return consent;
    }

    /** Records PHI values a test sends outside {@link #valid()}. */
    public static void record(List<String> values) {
        TestPhi.record(values);
    }
}
