package org.carenetwork.referral;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class (see junit-platform.properties) and reads the whole log the
 * service wrote during the run, and the logs of the backends it called: no name, date of birth,
 * phone, email, member id, reason or note a test sent may be in them.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class PhiNotLoggedTests {

    static final Path SERVICE_LOG = Path.of("target", "referral-service-test.log");
    static final List<Path> BACKEND_LOGS = List.of(Path.of("target", "backends", "facility-service.log"),
            Path.of("target", "backends", "insurance-service.log"));

    @Test
    void noPhiThatTheTestsSent_isInAnyLogLine() throws IOException {
        // One more referral through every PHI path (insurance, a note), so the scan never runs on an empty record.
        UUID site = Catalog.newFacility("Log Scan Site", "IOP");
        Map<String, Object> form = Forms.insured(site, "IOP", "aetna", "PPO");
        String id = ReferralApi.sent(ReferralApi.Partner.fresh().bearer(), form);
        ReferralApi.patch(ReferralApi.ADMISSIONS, id, ReferralApi.change("status", "ACCEPTED", "note",
                Forms.record("Called " + UUID.randomUUID()))).statusCode(200);
        Logger.getLogger(PhiNotLoggedTests.class).infof("log scan: referral %s sent", id);

        List<String> sent = Files.readAllLines(Forms.SENT, StandardCharsets.UTF_8).stream()
                .map(String::trim).filter(v -> v.length() >= 4).distinct().toList();
        @SuppressWarnings("unchecked") Map<String, Object> insurance = (Map<String, Object>) form.get("insurance");
        assertTrue(sent.contains((String) insurance.get("memberId")), "the record of sent PHI is being kept");
        assertTrue(Files.size(SERVICE_LOG) > 0, "the service log is captured");
        StringBuilder log = new StringBuilder(Files.readString(SERVICE_LOG, StandardCharsets.UTF_8));
        for (Path backend : BACKEND_LOGS) {
            assertTrue(Files.exists(backend), backend + " is captured");
            log.append(Files.readString(backend, StandardCharsets.UTF_8));
        }
        assertTrue(log.indexOf("log scan: referral " + id) >= 0, "this run's lines are in the scanned log");
        for (String value : sent) {
            assertFalse(log.indexOf(value) >= 0, () -> "a PHI value the tests sent is in the log (" + value.length()
                    + " characters, starting " + value.charAt(0) + ")");
        }
    }
}
