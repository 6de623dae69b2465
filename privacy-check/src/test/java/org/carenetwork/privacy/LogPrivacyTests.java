package org.carenetwork.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs last in the build (privacy-check is the last module) and reads every log the whole test
 * run wrote: each module's surefire reports and test output, the services' log files
 * ({@code insurance-service-test.log}), the logs of the service processes tests started
 * ({@code target/backends/*.log}) and the test cluster's PostgreSQL server log. None may hold a
 * value of PHI that a test sent (member ids, group numbers, names, dates of birth, phone numbers,
 * emails), as recorded in the modules' {@code target/phi-sent.txt}.
 */
class LogPrivacyTests {

    @Test
    void noPhiThatTheTestsSent_isInAnyLogOfTheRun() throws IOException {
        Path root = PhiScanner.repoRoot();
        Path self = Path.of("").toAbsolutePath().normalize();
        List<Path> modules = PhiScanner.modules(root).stream().filter(m -> !m.equals(self)).toList();

        Map<String, String> values = PhiScanner.ledgers(root, modules);
        assertFalse(values.isEmpty(), "no module recorded the PHI its tests sent (target/" + PhiScanner.LEDGER
                + "): run the whole build, ./mvnw verify; a scan without values would prove nothing");

        List<Path> logs = new ArrayList<>();
        for (Path m : modules) {
            List<Path> own = PhiScanner.logs(m);
            if (PhiScanner.distinctLedgers(values).contains(root.relativize(m.resolve("target").resolve(PhiScanner.LEDGER)).toString())) {
                assertFalse(own.isEmpty(), root.relativize(m) + " recorded PHI but left no log to scan");
            }
            logs.addAll(own);
        }
        assertFalse(logs.isEmpty(), "no log files in any module's target directory: nothing was scanned");
        assertTrue(logs.stream().anyMatch(p -> p.getFileName().toString().endsWith("-output.txt")),
                "no test output file (surefire redirectTestOutputToFile): the tests' console output is not being kept");
        logs.addAll(PhiScanner.postgresLog(root));

        PhiScanner scanner = new PhiScanner(values);
        PhiScanner.Result result = scanner.scan(logs);
        System.out.printf("PHI log scan: %d values from %s, %d files (%d lines, %d bytes), %d hits%n",
                scanner.size(), PhiScanner.distinctLedgers(values), result.files(), result.lines(), result.bytes(),
                result.hits().size());
        if (!result.hits().isEmpty()) {
            fail(result.hits().size() + " log lines hold PHI that the tests sent:\n" + result.hits().stream().limit(50)
                    .map(h -> "  " + root.relativize(h.file()) + ":" + h.line() + " (a " + h.valueLength()
                            + "-character value from " + h.ledger() + ")")
                    .collect(Collectors.joining("\n")));
        }
    }
}
