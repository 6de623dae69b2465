package org.carenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.carenetwork.common.openapi.ContractExtensions;
import org.carenetwork.gateway.carematch.CareMatchRequest;
import org.carenetwork.gateway.carematch.CareMatchResponse;
import org.carenetwork.gateway.client.Backend;
import org.carenetwork.gateway.contract.ServiceContracts;
import org.carenetwork.gateway.routing.PublicPath;
import org.carenetwork.gateway.routing.RouteTable;
import org.carenetwork.testing.ContractDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The served document (/q/openapi) is made, not written: the services' contracts as their code
 * declares them, and the gateway's own operations as its code declares them. These tests hold it
 * to that: every service's operation and schema is in it exactly as the service documents it (so
 * a field added to a service's record is in the public document with no other edit), nothing else
 * is, every operation is routed with the roles its contract names, and Spectral's OpenAPI and
 * OWASP API security rules find no error in it.
 */
@QuarkusTest
class OpenApiDocumentTests {

    private static final Set<String> OPERATION_KEYS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Set<String> GATEWAYS_OWN = Set.of("POST /care-matches");
    private static final long LINT_TIMEOUT_MINUTES = 10;

    @Inject
    RouteTable routes;

    String served;
    JsonNode document;

    @BeforeEach
    void fetchServedDocument() throws IOException {
        served = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(served);
    }

    @Test
    void everyServiceOperation_isServedAsItsServiceDocumentsIt() {
        for (Map.Entry<Backend, JsonNode> contract : ServiceContracts.all().entrySet()) {
            Map<String, JsonNode> own = operations(contract.getValue());
            assertFalse(own.isEmpty(), contract.getKey() + "'s contract has no operations");
            own.forEach((key, operation) -> {
                JsonNode public_ = operations(document).get(key);
                assertTrue(public_ != null, key + " of " + contract.getKey().key() + " is not in the served document");
                for (String field : List.of("operationId", "summary", "description", "tags", "requestBody",
                        ContractExtensions.ROLES, ContractExtensions.COMPUTES_ONLY, ContractExtensions.CARRIES_FILE)) {
                    assertEquals(operation.get(field), public_.get(field), key + ": " + field);
                }
                operation.path("parameters").forEach(p -> assertTrue(contains(public_.path("parameters"), p),
                        key + ": parameter " + p + " is not served"));
                operation.path("responses").fields().forEachRemaining(r -> assertTrue(
                        public_.path("responses").has(r.getKey()), key + ": answer " + r.getKey() + " is not served"));
            });
        }
    }

    /** A schema named the same in two services would be merged into one that neither declares. */
    @Test
    void everyServiceSchema_isServedExactlyAsItsServiceDeclaresIt() {
        Map<String, Backend> owner = new TreeMap<>();
        for (Map.Entry<Backend, JsonNode> contract : ServiceContracts.all().entrySet()) {
            contract.getValue().path("components").path("schemas").fields().forEachRemaining(schema -> {
                Backend first = owner.putIfAbsent(schema.getKey(), contract.getKey());
                JsonNode public_ = document.path("components").path("schemas").path(schema.getKey());
                assertEquals(schema.getValue(), public_, "schema " + schema.getKey() + " of " + contract.getKey().key()
                        + (first != null && first != contract.getKey() ? " (also declared by " + first.key() + ")" : ""));
            });
        }
    }

    @Test
    void servedOperations_areTheServicesAndTheGatewaysOwn_andEveryOneIsRouted() {
        Set<String> expected = new TreeSet<>(GATEWAYS_OWN);
        ServiceContracts.all().values().forEach(c -> expected.addAll(operations(c).keySet()));
        assertEquals(expected, new TreeSet<>(operations(document).keySet()));

        ServiceContracts.all().forEach((backend, contract) -> operations(contract).forEach((key, operation) -> {
            String method = key.substring(0, key.indexOf(' '));
            String path = key.substring(key.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "x");
            RouteTable.Match match = routes.match(method, PublicPath.of(path, null).segments());
            assertTrue(match instanceof RouteTable.Found found && found.route().backend() == backend
                            && found.route().operationId().equals(operation.path("operationId").asText()),
                    key + " is routed to " + match);
        }));
    }

    @Test
    void everyOperation_takesABearerTokenOrAnApiKey_andAnonymousCallsOnlyWhereItNamesNoRoles() {
        operations(document).forEach((key, operation) -> {
            Set<String> schemes = new TreeSet<>();
            boolean anonymous = false;
            for (JsonNode requirement : operation.path("security")) {
                anonymous |= requirement.isEmpty();
                requirement.fieldNames().forEachRemaining(schemes::add);
            }
            assertEquals(Set.of("apiKey", "bearerAuth"), schemes, key + " takes a bearer token or an API key");
            boolean roles = !operation.path(ContractExtensions.ROLES).isEmpty();
            assertEquals(!roles, anonymous, key + ": anonymous calls exactly where no role is required");
            assertTrue(operation.path("description").asText().startsWith("Roles:"), key + ": the description starts with who may call");
        });
        List<String> schemes = new ArrayList<>();
        document.path("components").path("securitySchemes").fieldNames().forEachRemaining(schemes::add);
        assertEquals(Set.of("apiKey", "bearerAuth"), new TreeSet<>(schemes), "no security scheme besides the suite's own");
    }

    @Test
    void servedDocument_isComplete_andBounded() {
        assertEquals(List.of(), ContractDocument.problems(document));
        assertEquals("Care network public API", document.path("info").path("title").asText());
        assertEquals("https://api.carenet.example/api/v1", document.path("servers").path(0).path("url").asText(),
                "the server is the deployment's public address, absolute, so a generated client needs no base path");
        assertTrue(document.path("servers").path(0).path("description").asText().contains("production"));
    }

    @Test
    void theServersPath_isWhereTheOperationsAnswer() {
        String path = java.net.URI.create(document.path("servers").path(0).path("url").asText()).getPath();
        given().when().get(path + "/facilities?size=1").then().statusCode(200);
    }

    /** The care match is the gateway's own shape: its schemas name exactly the records' fields. */
    @Test
    void careMatchSchemas_matchTheGatewaysRecords() {
        assertProperties(CareMatchRequest.class, "CareMatchInput");
        assertProperties(CareMatchResponse.class, "CareMatch");
        assertProperties(CareMatchResponse.Match.class, "CareMatchItem");
        assertProperties(CareMatchResponse.Network.class, "MatchNetwork");
    }

    private void assertProperties(Class<? extends Record> record, String schema) {
        Set<String> fields = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            fields.add(component.getName());
        }
        Set<String> documented = new TreeSet<>();
        JsonNode node = document.path("components").path("schemas").path(schema);
        assertFalse(node.isMissingNode(), "no schema " + schema);
        node.path("properties").fieldNames().forEachRemaining(documented::add);
        assertEquals(fields, documented, "schema " + schema + " and record " + record.getSimpleName());
    }

    @Test
    void swaggerUi_showsTheServedDocument() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("/q/openapi"));
    }

    @Test
    void spectral_withTheOwaspRules_findsNoErrors() throws Exception {
        java.nio.file.Path target = java.nio.file.Path.of("target", "openapi.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, served, StandardCharsets.UTF_8);
        java.nio.file.Path script = java.nio.file.Path.of("openapi-lint", "lint.sh").toAbsolutePath();
        assertTrue(Files.isRegularFile(script), "missing " + script);
        Process lint;
        try {
            lint = new ProcessBuilder("bash", script.toString(), target.toAbsolutePath().toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("cannot run " + script + " (bash is needed, and Node.js with npm): " + e.getMessage(), e);
        }
        lint.getOutputStream().close();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!lint.waitFor(LINT_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            lint.destroyForcibly();
            fail("Spectral did not finish in " + LINT_TIMEOUT_MINUTES + " minutes:\n" + output);
        }
        if (lint.exitValue() == 127) {
            fail("Node.js and npm are needed to lint the OpenAPI document (" + script + "):\n" + output);
        }
        assertEquals(0, lint.exitValue(), "Spectral (spectral:oas, OWASP) reports errors in the served document:\n" + output);
    }

    /** "METHOD /path" → operation. */
    static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (OPERATION_KEYS.contains(op.getKey())) {
                    operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
                }
            }
        }
        return operations;
    }

    private static boolean contains(JsonNode array, JsonNode element) {
        for (JsonNode e : array) {
            if (e.equals(element)) {
                return true;
            }
        }
        return false;
    }
}
