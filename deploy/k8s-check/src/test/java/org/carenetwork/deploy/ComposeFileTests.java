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

    static final Map<String, Integer> SERVICES = Map.of(
            "gateway", 8080, "facility-service", 8081, "assessment-service", 8082, "insurance-service", 8083);

    @Test
    void composeFile_runsPostgresAndTheFourServices_withHealthChecks_andOnlyTheGatewayPublished() throws Exception {
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
        String initdb = Files.readString(Rendered.repoRoot().resolve("deploy/compose/initdb/10-carenet.sh"));
        for (String ext : List.of("cube", "earthdistance", "pg_trgm", "unaccent")) {
            assertTrue(initdb.contains("CREATE EXTENSION IF NOT EXISTS " + ext), "init creates " + ext);
        }
    }
}
