package org.carenetwork.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Made-up PHI for tests: every value is fresh and distinctive (no log line can contain it by
 * chance), and every value handed out is appended to the module's ledger,
 * {@code target/phi-sent.txt}. After the whole test run the {@code privacy-check} module reads
 * every module's ledger and looks for each value in every log the run wrote; a test that sends
 * PHI made some other way records it with {@link #record(String...)}.
 */
public final class TestPhi {

    /** The ledger's file name, in each module's {@code target} directory. */
    public static final String LEDGER = "phi-sent.txt";

    private static final String[] AREA_CODES = {"216", "234", "330", "419", "440", "513", "567", "614", "740", "937"};

    private TestPhi() {
    }

    public static Path ledger() {
        return Path.of("target", LEDGER);
    }

    /** Two letters and ten digits: a valid member id for every payer without a public format rule. */
    public static String memberId() {
        return record("ZQ" + random().nextLong(1_000_000_000L, 10_000_000_000L));
    }

    /** A group number from an insurance card. */
    public static String groupNumber() {
        return record("GRP" + random().nextInt(1_000_000, 10_000_000));
    }

    /** A 10-digit US number as a person types it, "(419) 555-2734"; its digits alone are recorded too. */
    public static String phone() {
        String area = AREA_CODES[random().nextInt(AREA_CODES.length)];
        String line = String.valueOf(random().nextInt(2000, 10000));
        record(area + "555" + line);
        return record("(" + area + ") 555-" + line);
    }

    public static String email() {
        return record("phi" + random().nextInt(1_000_000, 10_000_000) + "@example.org");
    }

    /** Between 1950 and 2005, so valid for any form (past, at most 120 years ago). */
    public static LocalDate dateOfBirth() {
        LocalDate dob = LocalDate.of(random().nextInt(1950, 2006), random().nextInt(1, 13), random().nextInt(1, 29));
        record(dob.toString());
        return dob;
    }

    public static String firstName() {
        return record("Firstname" + letters(6));
    }

    public static String lastName() {
        return record("Lastname" + letters(6));
    }

    /** Records PHI values a test sends that did not come from this class; returns the first. */
    public static synchronized String record(String... values) {
        try {
            Path ledger = ledger();
            Files.createDirectories(ledger.getParent());
            Files.writeString(ledger, String.join("\n", values) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("cannot record sent PHI in " + ledger(), e);
        }
        return values.length == 0 ? null : values[0];
    }

    /** Records PHI values a test sends that did not come from this class. */
    public static void record(List<String> values) {
        record(values.toArray(String[]::new));
    }

    private static ThreadLocalRandom random() {
        return ThreadLocalRandom.current();
    }

    private static String letters(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + random().nextInt(26)));
        }
        return sb.toString();
    }
}
