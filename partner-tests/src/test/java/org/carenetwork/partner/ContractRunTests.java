package org.carenetwork.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carenetwork.testing.RepoRoot;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a tool makes of the document alone: {@code deploy/contract-run/run.sh} has Portman generate
 * a Postman collection from the document the packaged gateway serves (every operation with its
 * examples, plus a bad token, an unknown id and Portman's fuzzing for each) and Newman run it
 * against the packaged suite with its demo data. Every answer must be the one the document
 * declares for that call: status, content type, schema, headers.
 */
@ExtendWith(PackagedSuite.class)
class ContractRunTests {

    @Test
    void aCollectionMadeFromTheDocument_passesAgainstTheSuiteWithItsDemoData() throws IOException, InterruptedException {
        Path log = Path.of("target", "contract-run.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        ProcessBuilder run = new ProcessBuilder("bash", RepoRoot.get().resolve("deploy/contract-run/run.sh").toString(),
                PackagedSuite.gateway())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        run.environment().put("CONTRACT_RUN_TOKEN",
                TestTokens.token("contract-run", "ADMIN", "CALL_CENTER", "ADMISSIONS", "PARTNER"));
        Process process = run.start();
        // A deadline for a hung run, not a measure of speed: the run takes well under a minute.
        boolean finished = process.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(log);
        String report = String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        assertTrue(finished, "the contract run did not finish:\n" + report);
        assertEquals(0, process.exitValue(), "the contract run failed:\n" + report);
        assertTrue(lines.stream().anyMatch(l -> l.matches("requests \\d{3,}, assertions \\d+, failed 0;.*")),
                "no summary of a run of 100 requests or more:\n" + report);
    }
}
