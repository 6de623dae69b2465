package org.carenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.carenetwork.gateway.carematch.CareMatchRequest;
import org.carenetwork.gateway.carematch.CareMatchResponse;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PlanType;
import org.carenetwork.vocabulary.Schedule;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The published OpenAPI document (META-INF/openapi.yaml, served at /q/openapi) is written by hand,
 * so these tests keep it honest: it names exactly the routes the gateway serves, with the
 * credentials each one takes, and Spectral's OpenAPI rules find no error in it.
 */
@QuarkusTest
class OpenApiDocumentTests {

    private static final String RESOURCE_PACKAGE = "org.carenetwork.gateway.rest";
    private static final Set<String> OPERATION_KEYS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final long LINT_TIMEOUT_MINUTES = 10;

    String served;
    JsonNode document;

    @BeforeEach
    void fetchServedDocument() throws IOException {
        served = given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(served);
    }

    @Test
    void everyRoute_isDocumented_andEveryDocumentedOperation_isRouted() throws Exception {
        Map<String, Method> routed = routes();
        Map<String, JsonNode> documented = documentedOperations();

        Set<String> undocumented = new TreeSet<>(routed.keySet());
        undocumented.removeAll(documented.keySet());
        Set<String> unrouted = new TreeSet<>(documented.keySet());
        unrouted.removeAll(routed.keySet());

        assertTrue(undocumented.isEmpty(), "routes missing from the OpenAPI document: " + undocumented);
        assertTrue(unrouted.isEmpty(), "documented operations the gateway does not route: " + unrouted);
    }

    @Test
    void everyOperation_takesTheCredentialsItsRouteAllows() throws Exception {
        Map<String, JsonNode> documented = documentedOperations();
        for (Map.Entry<String, Method> route : routes().entrySet()) {
            JsonNode operation = documented.get(route.getKey());
            if (operation == null) {
                continue; // everyRoute_isDocumented... names it
            }
            String at = route.getKey() + ": ";
            assertFalse(operation.path("operationId").asText().isBlank(), at + "needs an operationId");
            assertEquals(1, operation.path("tags").size(), at + "needs exactly one tag");
            Set<String> schemes = new TreeSet<>();
            boolean anonymous = false;
            for (JsonNode requirement : operation.path("security")) {
                anonymous |= requirement.isEmpty();
                requirement.fieldNames().forEachRemaining(schemes::add);
            }
            assertEquals(Set.of("apiKey", "bearerAuth"), schemes, at + "takes a bearer token or an API key");
            Method method = route.getValue();
            RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
            if (roles != null) {
                assertFalse(anonymous, at + "is for " + List.of(roles.value()) + " only, so it must not allow anonymous calls");
                String description = operation.path("description").asText();
                for (String role : roles.value()) {
                    assertTrue(description.contains(role), at + "description must name role " + role);
                }
            } else {
                assertTrue(method.isAnnotationPresent(PermitAll.class), at + "is neither @PermitAll nor @RolesAllowed");
                assertTrue(anonymous, at + "is @PermitAll, so it must allow anonymous calls (an empty security requirement)");
            }
        }
    }

    @Test
    void servedDocument_isTheContractFirstOne() {
        assertEquals("Care network public API", document.path("info").path("title").asText());
        List<String> schemes = new ArrayList<>();
        document.path("components").path("securitySchemes").fieldNames().forEachRemaining(schemes::add);
        Collections.sort(schemes);
        assertEquals(List.of("apiKey", "bearerAuth"), schemes, "no security scheme besides the document's own");
    }

    /** The care match is the gateway's own shape: its schemas must name exactly the records' fields and enum values. */
    @Test
    void careMatchSchemas_matchTheGatewaysRecords() {
        assertProperties(CareMatchRequest.class, "CareMatchInput");
        assertProperties(CareMatchResponse.class, "CareMatch");
        assertProperties(CareMatchResponse.Match.class, "CareMatchItem");
        assertProperties(CareMatchResponse.Network.class, "MatchNetwork");
        assertEnum(LevelOfCare.class, "LevelOfCare");
        assertEnum(PlanType.class, "PlanType");
        assertEnum(Schedule.class, "Schedule");
    }

    private void assertProperties(Class<? extends Record> record, String schema) {
        Set<String> fields = new TreeSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            fields.add(component.getName());
        }
        Set<String> documented = new TreeSet<>();
        schema(schema).path("properties").fieldNames().forEachRemaining(documented::add);
        assertEquals(fields, documented, "schema " + schema + " and record " + record.getSimpleName());
    }

    private void assertEnum(Class<? extends Enum<?>> type, String schema) {
        Set<String> values = new TreeSet<>();
        for (Enum<?> constant : type.getEnumConstants()) {
            values.add(constant.name());
        }
        Set<String> documented = new TreeSet<>();
        schema(schema).path("enum").forEach(v -> documented.add(v.asText()));
        assertEquals(values, documented, "enum schema " + schema + " and " + type.getName());
    }

    private JsonNode schema(String name) {
        JsonNode schema = document.path("components").path("schemas").path(name);
        assertFalse(schema.isMissingNode(), "no schema " + name);
        return schema;
    }

    @Test
    void swaggerUi_showsTheServedDocument() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("/q/openapi"));
    }

    @Test
    void spectral_findsNoErrors() throws Exception {
        java.nio.file.Path target = java.nio.file.Path.of("target", "openapi.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, served, StandardCharsets.UTF_8);
        java.nio.file.Path script = java.nio.file.Path.of("openapi-lint", "lint.sh").toAbsolutePath();
        assertTrue(Files.isRegularFile(script), "missing " + script);

        Process lint;
        try {
            lint = new ProcessBuilder("bash", script.toString(), target.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .start();
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
        assertEquals(0, lint.exitValue(), "Spectral (spectral:oas) reports errors in the served OpenAPI document:\n" + output);
    }

    /** "METHOD /api/v1/path" → operation, for every operation of the served document. */
    private Map<String, JsonNode> documentedOperations() {
        JsonNode servers = document.path("servers");
        assertEquals(1, servers.size(), "the document names one server, the gateway's API root");
        String base = servers.get(0).path("url").asText();
        Map<String, JsonNode> operations = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (OPERATION_KEYS.contains(op.getKey())) {
                    operations.put(op.getKey().toUpperCase() + " " + normalise(base + path.getKey()), op.getValue());
                }
            }
        }
        return operations;
    }

    /** "METHOD /api/v1/path" → resource method, for every JAX-RS resource method in the gateway's rest package. */
    private static Map<String, Method> routes() throws IOException, URISyntaxException, ClassNotFoundException {
        String root = ConfigProvider.getConfig().getValue("quarkus.rest.path", String.class);
        Map<String, Method> routes = new TreeMap<>();
        for (Class<?> resource : resourceClasses()) {
            String classPath = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String full = normalise(root + "/" + classPath + "/" + (methodPath == null ? "" : methodPath.value()));
                Method previous = routes.put(verb + " " + full, method);
                assertNull(previous, "two resource methods serve " + verb + " " + full);
            }
        }
        assertFalse(routes.isEmpty(), "no JAX-RS routes found in " + RESOURCE_PACKAGE);
        return routes;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** The top-level classes of the rest package that carry @Path, read from the test class path. */
    private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String directory = RESOURCE_PACKAGE.replace('.', '/');
        List<Class<?>> classes = new ArrayList<>();
        Enumeration<URL> locations = loader.getResources(directory);
        while (locations.hasMoreElements()) {
            URL location = locations.nextElement();
            assertEquals("file", location.getProtocol(), "the gateway's classes are read from target/classes, not " + location);
            try (Stream<java.nio.file.Path> files = Files.list(java.nio.file.Path.of(location.toURI()))) {
                for (java.nio.file.Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".class") && !name.contains("$")) {
                        Class<?> type = Class.forName(RESOURCE_PACKAGE + "." + name.substring(0, name.length() - 6), false, loader);
                        if (type.isAnnotationPresent(Path.class)) {
                            classes.add(type);
                        }
                    }
                }
            }
        }
        return classes;
    }

    private static String normalise(String path) {
        String collapsed = ("/" + path).replaceAll("/{2,}", "/");
        return collapsed.length() > 1 && collapsed.endsWith("/") ? collapsed.substring(0, collapsed.length() - 1) : collapsed;
    }
}
