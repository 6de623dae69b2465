package org.carenetwork.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan itself: which files it reads and which spellings of a value it finds, so it cannot pass by looking away. */
class PhiScannerTests {

    @TempDir
    Path root;

    @Test
    void findsEveryRecordedValue_inEveryKindOfLog_andNothingElse() throws IOException {
        Path module = root.resolve("some-service");
        write(module.resolve("pom.xml"), "<project/>");
        write(module.resolve("target/phi-sent.txt"), "ZQ4815162342\nphi7654321@example.org\n(419) 555-2734\nAB\n");
        write(module.resolve("target/some-service-test.log"), "10:00 INFO started\n10:01 INFO member zq4815162342 checked\n");
        write(module.resolve("target/backends/other-service.log"), "GET /x?email=phi7654321%40example.org 200\n");
        write(module.resolve("target/surefire-reports/TEST-x.xml"), "<a/>\n<b/>\n<c>(419) 555-2734</c>\n");
        write(module.resolve("target/surefire-reports/x-output.txt"), "AB AB AB: too short to be looked for\n");
        write(module.resolve("target/classes/application.properties"), "ZQ4815162342\n");
        write(module.resolve("target/notes.txt"), "ZQ4815162342 outside the reports is not a log\n");

        List<Path> modules = PhiScanner.modules(root);
        assertEquals(List.of(module), modules);
        Map<String, String> values = PhiScanner.ledgers(root, modules);
        List<Path> logs = PhiScanner.logs(module);
        assertEquals(4, logs.size(), logs.toString());

        PhiScanner.Result result = new PhiScanner(values).scan(logs);
        assertEquals(List.of("backends/other-service.log:1", "some-service-test.log:2", "surefire-reports/TEST-x.xml:3"),
                result.hits().stream().map(h -> module.resolve("target").relativize(h.file()) + ":" + h.line()).sorted().toList());
        assertEquals("some-service/target/phi-sent.txt", result.hits().get(0).ledger());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
