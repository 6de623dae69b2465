package org.carenetwork.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No container engine here: the compose file is only parsed and checked for what it must name. */
class ComposeFileTests {

    static final Map<String, Integer> SERVICES = Map.of("gateway", 8080, "facility-service", 8081,
            "assessment-service", 8082, "insurance-service", 8083, "referral-service", 8084);

    @Test
    void composeFile_runsPostgresAndEveryService_withHealthChecks_andOnlyTheGatewayPublished() throws Exception {
        Path file = Rendered.repoRoot().resolve("deploy/compose/docker-compose.yml");
        List<JsonNode> docs = Rendered.parseAll(Files.readString(file));
        assertEquals(1, docs.size());
        JsonNode services = docs.get(0).path("services");
        assertTrue(services.at("/postgres/image").asText().startsWith("postgres:"));
        assertFalse(services.at("/postgres/healthcheck/test").isMissingNode());
        assertTrue(services.at("/postgres/volumes").toString().contains("docker-entrypoint-initdb.d"));
        for (var e : SERVICES.entrySet()) {
            JsonNode s = services.path(e.getKey());
            assertTrue(s.path("image").asText().startsWith("carenet/" + e.getKey() + ":"), e.getKey() + " image");
            String check = s.at("/healthcheck/test").toString();
            assertTrue(check.contains("http://localhost:" + e.getValue() + "/q/health/ready"), e.getKey() + " health check");
            assertEquals(e.getKey().equals("gateway"), s.has("ports"), e.getKey() + ": only the gateway publishes a port");
            s.path("environment").fields().forEachRemaining(env -> {
                if (env.getKey().matches(".*(PASSWORD|ENCRYPTION_KEYS).*")) {
                    assertTrue(env.getValue().asText().startsWith("${"), e.getKey() + " " + env.getKey() + " must come from .env");
                }
            });
        }
        // The gateway knows every backend and starts after each; each domain service has its own database.
        JsonNode gateway = services.path("gateway");
        for (var e : SERVICES.entrySet()) {
            if (e.getKey().equals("gateway")) continue;
            String var = e.getKey().replace("-service", "").toUpperCase() + "_SERVICE_URL";
            assertEquals("http://" + e.getKey() + ":" + e.getValue(), gateway.at("/environment/" + var).asText(), "gateway " + var);
            assertTrue(gateway.path("depends_on").has(e.getKey()), "gateway depends on " + e.getKey());
            String db = e.getKey().replace("-service", "");
            assertEquals(db, services.at("/" + e.getKey() + "/environment/DB_NAME").asText(), e.getKey() + " DB_NAME");
        }
        JsonNode referral = services.path("referral-service").path("environment");
        assertEquals("http://facility-service:8081", referral.path("FACILITY_SERVICE_URL").asText());
        assertEquals("http://insurance-service:8083", referral.path("INSURANCE_SERVICE_URL").asText());
        for (String var : List.of("REFERRAL_ENCRYPTION_CURRENT_KEY_ID", "REFERRAL_ENCRYPTION_KEYS_K1")) {
            assertTrue(referral.path(var).asText().startsWith("${"), "referral-service " + var + " from .env");
        }
        String initdb = Files.readString(Rendered.repoRoot().resolve("deploy/compose/initdb/10-carenet.sh"));
        assertTrue(initdb.contains("for db in facility assessment insurance referral; do"), "init creates every service's database");
        for (String ext : List.of("cube", "earthdistance", "pg_trgm", "unaccent")) {
            assertTrue(initdb.contains("CREATE EXTENSION IF NOT EXISTS " + ext), "init creates " + ext);
        }
    }
}
