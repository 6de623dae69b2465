package org.carenetwork.insurance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class (see junit-platform.properties) and reads the whole log the
 * service wrote during the run: no member id, date of birth, phone, email or name a test sent may
 * be in it.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class PhiNotLoggedTests {

    static final Path SERVICE_LOG = Path.of("target", "insurance-service-test.log");
    static final Path FACILITY_LOG = Path.of("target", "backends", "facility-service.log");

    @Test
    void noPhiThatTheTestsSent_isInAnyLogLine() throws IOException {
        // One more form through every PHI path, so the scan never runs on an empty record.
        Map<String, Object> form = Forms.valid();
        String id = io.restassured.RestAssured.given().contentType("application/json").body(form)
                .when().post("/coverage-requests").then().statusCode(201).extract().path("id");
        Logger.getLogger(PhiNotLoggedTests.class).infof("log scan: coverage request %s submitted", id);

        List<String> sent = Files.readAllLines(Forms.SENT, StandardCharsets.UTF_8).stream()
                .map(String::trim).filter(v -> v.length() >= 4).distinct().toList();
        assertTrue(sent.contains((String) form.get("memberId")), "the record of sent PHI is being kept");
        assertTrue(Files.size(SERVICE_LOG) > 0, "the service log is captured");
        String log = Files.readString(SERVICE_LOG, StandardCharsets.UTF_8)
                + (Files.exists(FACILITY_LOG) ? Files.readString(FACILITY_LOG, StandardCharsets.UTF_8) : "");
        assertTrue(log.contains("log scan: coverage request " + id), "this run's lines are in the scanned log");
        for (String value : sent) {
            assertFalse(log.contains(value), () -> "a PHI value the tests sent is in the log (" + value.length()
                    + " characters, starting " + value.charAt(0) + ")");
        }
    }
}
