package org.carenetwork.insurance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Coverage-request forms with fresh, made-up PHI for each test. Every PHI value handed out is
 * written to {@link #SENT}, so {@code PhiNotLoggedTests} can look for each of them in the log.
 */
public final class Forms {

    public static final Path SENT = Path.of("target", "phi-sent.txt");

    private Forms() {
    }

    public static Map<String, Object> valid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String memberId = "ZQ" + random.nextLong(1_000_000_000L, 9_999_999_999L);
        String phone = "(419) 555-" + random.nextInt(1000, 10000);
        String email = "phi" + random.nextInt(1_000_000, 10_000_000) + "@example.org";
        LocalDate dob = LocalDate.of(random.nextInt(1950, 2006), random.nextInt(1, 13), random.nextInt(1, 29));
        String first = "Firstname" + letters(6);
        String last = "Lastname" + letters(6);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("seekingCareFor", "LOVED_ONE");
        form.put("firstName", first);
        form.put("lastName", last);
        form.put("dateOfBirth", dob.toString());
        form.put("phone", phone);
        form.put("email", email);
        form.put("preferredContact", "PHONE");
        form.put("payer", "aetna");
        form.put("planType", "PPO");
        form.put("memberId", memberId);
        form.put("groupNumber", "G" + random.nextInt(10000, 100000));
        form.put("subscriberRelationship", "CHILD");
        form.put("consent", consent());
        record(List.of(memberId, phone, phone.replaceAll("[^0-9]", ""), email, dob.toString(), first, last));
        return form;
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
        try {
            Files.createDirectories(SENT.getParent());
            Files.writeString(SENT, String.join("\n", values) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }
}
