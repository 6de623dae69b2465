package org.carenetwork.insurance.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carenetwork.insurance.ContractApi;
import org.carenetwork.insurance.CoverageApi;
import org.carenetwork.insurance.FacilityCatalog;
import org.carenetwork.insurance.Forms;
import org.carenetwork.insurance.domain.ApiText;
import org.carenetwork.insurance.domain.CoverageStatus;
import org.carenetwork.testing.ContractDocument;
import org.carenetwork.testing.DocumentSchemas;
import org.carenetwork.testing.TestTokens;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PlanType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's OpenAPI document, generated from its code, is its whole contract: complete (test-
 * support's checker), with the roles its resources enforce, the operation ids the suite agreed,
 * examples that are valid, and real answers that stay within what it says.
 */
@QuarkusTest
class ContractDocumentTests {

    static final Set<String> OPERATION_IDS = Set.of("searchPayers", "getPayer", "checkNetwork", "listNetworkContracts",
            "getNetworkContract", "putNetworkContract", "submitCoverageRequest", "listCoverageRequests",
            "getCoverageRequest", "changeCoverageRequestStatus");

    /** The schema names this service brings to the merged document (the vocabulary's and common-web's included). */
    static final Set<String> SCHEMAS = Set.of("Payer", "PayerPage", "NetworkCheckInput", "NetworkCheckResult",
            "NetworkResult", "NetworkContractInput", "NetworkContract", "NetworkContractPage", "CoverageRequestInput",
            "CoverageConsent", "CoverageRequestReceipt", "CoverageRequest", "CoverageRequestPage", "RecordedConsent",
            "CoverageStatusChange", "CoverageStatusChangeInput", "CoverageStatus", "SubscriberRelationship",
            "PolicyHolder", "CoverageRequestSubmitter", "VerifiedBenefits",
            // the vocabulary's
            "LevelOfCare", "PlanType", "NetworkStatus", "PreferredContact", "SeekingCareFor", "IntakeChannel",
            // the JDK's and common-web's
            "UUID", "Instant", "LocalDate", "Problem", "FieldError");

    static final List<Class<?>> RESOURCES = List.of(PayerResource.class, NetworkCheckResource.class,
            NetworkContractResource.class, CoverageRequestResource.class);

    static final Set<String> EVERY_ROLE = Set.of("ANONYMOUS", "CALL_CENTER", "ADMISSIONS", "PARTNER", "ADMIN");
    static final Pattern ROLES_SENTENCE = Pattern.compile("\\ARoles: ([A-Z_, ]+)\\.");
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode document;
    static DocumentSchemas schemas;

    /** Once per class, but after Quarkus has started (and RestAssured knows its port). */
    @BeforeEach
    void fetch() throws IOException {
        if (document != null) {
            return;
        }
        String body = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        document = JSON.readTree(body);
        schemas = new DocumentSchemas(document);
    }

    @Test
    void document_isComplete_asTheSuiteRequires() {
        List<String> problems = ContractDocument.problems(document);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void operationIds_areTheAgreedOnes() {
        assertEquals(new TreeSet<>(OPERATION_IDS), new TreeSet<>(operations().values().stream()
                .map(o -> o.path("operationId").asText()).toList()));
    }

    @Test
    void schemaNames_areThisServicesOwn_unprefixedByJavaNames() {
        Set<String> names = new TreeSet<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
        assertEquals(new TreeSet<>(SCHEMAS), names);
    }

    /** x-roles (common-web's, from Quarkus's reading of the annotations) is what each resource method declares. */
    @Test
    void roles_ofEachOperation_areThoseItsResourceMethodAllows() {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    declared.put(verb + " " + path(resource, method), roles(resource, method));
                }
            }
        }
        Map<String, Set<String>> documented = new TreeMap<>();
        operations().forEach((op, operation) -> {
            Set<String> roles = new TreeSet<>();
            operation.path("x-roles").forEach(r -> roles.add(r.asText()));
            documented.put(op, roles);
        });
        assertEquals(declared, documented);
    }

    /** The "Roles: ..." sentence people read (and the gateway's fuzz tests call by) agrees with x-roles. */
    @Test
    void rolesSentence_opensEachDescription_andNamesTheRolesServed() {
        operations().forEach((op, operation) -> {
            Matcher m = ROLES_SENTENCE.matcher(operation.path("description").asText());
            assertTrue(m.find(), op + ": the description does not open with \"Roles: ....\"");
            Set<String> named = new TreeSet<>(Arrays.asList(m.group(1).split(", ")));
            Set<String> served = new TreeSet<>();
            operation.path("x-roles").forEach(r -> served.add(r.asText()));
            assertEquals(served.isEmpty() ? new TreeSet<>(EVERY_ROLE) : served, named, op);
        });
    }

    @Test
    void everyReference_resolves() {
        List<String> unresolved = new ArrayList<>();
        references(document, unresolved);
        assertTrue(unresolved.isEmpty(), () -> String.join("\n", unresolved));
    }

    @Test
    void everyExample_conformsToItsSchema() {
        List<String> problems = new ArrayList<>();
        int[] examples = {0};
        operations().forEach((op, operation) -> {
            List<Map.Entry<String, JsonNode>> contents = new ArrayList<>();
            operation.path("requestBody").path("content").fields().forEachRemaining(c -> contents.add(Map.entry(op + " body", c.getValue())));
            operation.path("responses").fields().forEachRemaining(r -> schemas.resolve(r.getValue()).path("content").fields()
                    .forEachRemaining(c -> contents.add(Map.entry(op + " " + r.getKey(), c.getValue()))));
            for (Map.Entry<String, JsonNode> content : contents) {
                content.getValue().path("examples").fields().forEachRemaining(example -> {
                    examples[0]++;
                    schemas.violations(content.getValue().path("schema"), example.getValue().path("value"))
                            .forEach(v -> problems.add(content.getKey() + " example " + example.getKey() + ": " + v));
                });
            }
            operation.path("parameters").forEach(p -> {
                if (p.has("example")) {
                    examples[0]++;
                    schemas.violations(p.path("schema"), p.get("example"))
                            .forEach(v -> problems.add(op + " parameter " + p.path("name").asText() + ": " + v));
                }
            });
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        assertTrue(examples[0] >= 15, "examples checked: " + examples[0]);
    }

    /** Real answers stay within the document: its bounds are true of what the service produces. */
    @Test
    void realAnswers_conformToTheirSchemas() {
        List<String> problems = new ArrayList<>();
        conforms("PayerPage", given().queryParam("size", 100).get("/payers"), 200, problems);
        conforms("PayerPage", given().queryParam("q", "blue cross").get("/payers"), 200, problems);
        conforms("Payer", given().get("/payers/ohio-medicaid"), 200, problems);

        UUID site = FacilityCatalog.newFacility("Contract Document Site");
        UUID contract = UUID.randomUUID();
        conforms("NetworkContract", ContractApi.put(contract,
                ContractApi.body("Aetna Health", "PPO", site, "IOP", "2026-01-01", null)).extract().response(), 201, problems);
        conforms("NetworkContract", ContractApi.put(contract,
                ContractApi.body("aetna", "PPO", site, "IOP", "2026-01-01", "2026-12-31")).extract().response(), 200, problems);
        String admin = TestTokens.bearer("ADMIN");
        conforms("NetworkContract", given().header("Authorization", admin).get("/network-contracts/" + contract), 200, problems);
        conforms("NetworkContractPage", given().header("Authorization", admin).queryParam("facilityId", site.toString())
                .get("/network-contracts"), 200, problems);
        for (Map<String, Object> check : List.of(
                Map.<String, Object>of("payer", "aetna", "planType", "PPO", "facilityIds", List.of(site.toString())),
                Map.<String, Object>of("payer", "x".repeat(100), "facilityIds", List.of(site.toString()), "levelOfCare", "IOP"),
                Map.<String, Object>of("payer", "UnitedHealthcare Community Plan of Ohio", "planType", "MEDICARE_ADVANTAGE",
                        "facilityIds", List.of(site.toString())),
                Map.<String, Object>of("payer", "aetna", "asOf", "2027-06-01"))) {
            conforms("NetworkCheckResult", given().contentType(ContentType.JSON).body(check).post("/network-checks"), 200, problems);
        }

        Map<String, Object> form = Forms.valid();
        form.put("facilityId", site.toString());
        form.put("levelOfCare", "IOP");
        Response receipt = given().contentType(ContentType.JSON).body(form).post("/coverage-requests");
        conforms("CoverageRequestReceipt", receipt, 201, problems);
        Map<String, Object> bare = Forms.valid();
        bare.remove("planType");
        bare.remove("groupNumber");
        bare.put("email", " ");
        conforms("CoverageRequestReceipt", given().contentType(ContentType.JSON).body(bare).post("/coverage-requests"), 201, problems);
        String id = receipt.path("id");
        conforms("CoverageRequest", given().header("Authorization", CoverageApi.CALL_CENTER).get("/coverage-requests/" + id),
                200, problems);
        for (String step : List.of("IN_REVIEW", "NOT_COVERED", "CONTACTED")) {
            conforms("CoverageRequest", CoverageApi.move(id, step, step.equals("IN_REVIEW") ? null : "  called back  ")
                    .extract().response(), 200, problems);
        }
        // Sent by the call center for the subscriber's child, assigned, verified with every benefit.
        Map<String, Object> full = Forms.valid();
        full.put("assessmentId", UUID.randomUUID().toString());
        String worked = given().header("Authorization", CoverageApi.CALL_CENTER).contentType(ContentType.JSON).body(full)
                .post("/coverage-requests").then().statusCode(201).extract().path("id");
        conforms("CoverageRequest", given().header("Authorization", CoverageApi.ADMISSIONS).contentType(ContentType.JSON)
                .body(Map.of("status", "IN_REVIEW", "assignee", "me")).patch("/coverage-requests/" + worked), 200, problems);
        conforms("CoverageRequest", given().header("Authorization", CoverageApi.ADMISSIONS).contentType(ContentType.JSON)
                .body(Map.of("status", "VERIFIED", "note", "ok", "benefits", Map.of("inNetwork", false,
                        "deductible", 1000000, "deductibleRemaining", 0.01, "copay", 0, "coinsurancePercent", 100,
                        "outOfPocketMax", 999999.99, "authorizationRequired", false, "levelOfCare", "RESIDENTIAL")))
                .patch("/coverage-requests/" + worked), 200, problems);
        conforms("CoverageRequestPage", given().header("Authorization", CoverageApi.ADMISSIONS).queryParam("assignee", "me")
                .get("/coverage-requests"), 200, problems);
        conforms("CoverageRequestPage", given().header("Authorization", CoverageApi.ADMISSIONS).queryParam("size", 100)
                .get("/coverage-requests"), 200, problems);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** The payers are reference data, so their examples can be, and are, the service's real answers. */
    @Test
    void payerExamples_areTheRealAnswers() throws IOException {
        JsonNode search = operations().get("GET /payers").path("responses").path("200").path("content")
                .path("application/json").path("examples").path("blue-cross").path("value");
        assertEquals(search, JSON.readTree(given().queryParam("q", "blue cross").get("/payers").asString()));
        JsonNode one = operations().get("GET /payers/{id}").path("responses").path("200").path("content")
                .path("application/json").path("examples").path("aetna").path("value");
        assertEquals(one, JSON.readTree(given().get("/payers/aetna").asString()));
    }

    @Test
    void createAnswers_carryTheDocumentedHeaders() {
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", "contract-doc-" + UUID.randomUUID())
                .body(Forms.valid()).post("/coverage-requests");
        assertEquals(201, first.statusCode(), first.asString());
        JsonNode headers = operations().get("POST /coverage-requests").path("responses").path("201").path("headers");
        for (String header : List.of("Location", "Idempotent-Replayed")) {
            String value = first.header(header);
            assertTrue(value != null, header + " is documented but not sent");
            JsonNode schema = headers.path(header).path("schema");
            JsonNode read = schema.path("type").asText().equals("boolean") ? JSON.getNodeFactory().booleanNode(
                    Boolean.parseBoolean(value)) : JSON.getNodeFactory().textNode(value);
            assertEquals(List.of(), schemas.violations(schema, read), header + ": " + value);
        }
    }

    /** The bounds repeated beside the references of nullable enum properties are those enums' longest names. */
    @Test
    void repeatedEnumBounds_areTheLongestNames() {
        assertEquals(longest(PlanType.class), ApiText.PLAN_TYPE_MAX);
        assertEquals(longest(LevelOfCare.class), ApiText.LEVEL_OF_CARE_MAX);
        assertEquals(longest(CoverageStatus.class), ApiText.COVERAGE_STATUS_MAX);
    }

    private static int longest(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).mapToInt(e -> e.name().length()).max().orElseThrow();
    }

    private static void conforms(String schema, Response response, int status, List<String> problems) {
        if (response.statusCode() != status) {
            problems.add(schema + ": " + response.statusCode() + " " + response.asString());
            return;
        }
        try {
            schemas.violations(schemas.schema(schema), JSON.readTree(response.asString()))
                    .forEach(v -> problems.add(schema + " " + v));
        } catch (IOException e) {
            problems.add(schema + ": not JSON");
        }
    }

    /** "GET /payers" → its operation. */
    private static Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (Set.of("get", "put", "post", "patch", "delete").contains(op.getKey())) {
                operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return operations;
    }

    private static void references(JsonNode node, List<String> unresolved) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                try {
                    schemas.resolve(node);
                } catch (IllegalArgumentException e) {
                    unresolved.add(e.getMessage());
                }
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                references(it.next(), unresolved);
            }
        } else if (node.isArray()) {
            node.forEach(n -> references(n, unresolved));
        }
    }

    private static String verb(Method method) {
        for (Class<? extends Annotation> verb : List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    private static String path(Class<?> resource, Method method) {
        String path = resource.getAnnotation(Path.class).value();
        Path own = method.getAnnotation(Path.class);
        return own == null ? path : path + (own.value().startsWith("/") ? "" : "/") + own.value();
    }

    /** The roles allowed: the method's @RolesAllowed, else the class's, none where the method permits all. */
    private static Set<String> roles(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return new TreeSet<>();
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? new TreeSet<>() : new TreeSet<>(Arrays.asList(allowed.value()));
    }
}
