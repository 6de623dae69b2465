package org.carenetwork.referral.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.carenetwork.referral.Catalog;
import org.carenetwork.referral.Forms;
import org.carenetwork.referral.ReferralApi;
import org.carenetwork.referral.ReferralApi.Partner;
import org.carenetwork.referral.Receiver;
import org.carenetwork.referral.domain.ApiText;
import org.carenetwork.referral.domain.BusinessStatus;
import org.carenetwork.referral.domain.Part2Notice;
import org.carenetwork.referral.domain.ReasonCode;
import org.carenetwork.referral.domain.ReferralStatus;
import org.carenetwork.testing.ContractDocument;
import org.carenetwork.testing.DocumentSchemas;
import org.carenetwork.testing.Eventually;
import org.carenetwork.testing.TestTokens;
import org.carenetwork.vocabulary.NetworkStatus;
import org.carenetwork.vocabulary.PlanType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's OpenAPI document, generated from its code, is its whole contract: complete (test-
 * support's checker), with the roles its resources enforce, the operation ids and schema names it
 * brings to the merged document, examples that are valid, and real answers (JSON and FHIR) that
 * stay within what it says.
 */
@QuarkusTest
class ContractDocumentTests {

    static final Set<String> OPERATION_IDS = Set.of("createReferral", "listReferrals", "getReferral", "changeReferral",
            "createWebhookSubscription", "listWebhookSubscriptions", "getWebhookSubscription",
            "deleteWebhookSubscription", "listWebhookDeliveries");

    static final Set<String> SCHEMAS = Set.of("ReferralInput", "ReferralInsuranceInput", "ReferralPersonInput",
            "ReferralConsentInput", "Referral", "ReferralPage", "ReferralFacility", "ReferralInsurance", "ReferralNetwork",
            "ReferralPerson", "ReferralConsent", "ReferralChange", "ReferralChangeInput", "ReferralStatus",
            "ReferralBusinessStatus", "ReferralReasonCode",
            "WebhookSubscriptionInput", "WebhookSubscription", "CreatedWebhookSubscription", "WebhookSubscriptionPage",
            "WebhookDeliveryAttempt", "WebhookDeliveryAttemptPage", "WebhookEventType",
            "FhirReferralBundle", "FhirBundleEntry", "FhirMeta", "FhirCoding", "FhirCodeableConcept", "FhirIdentifier",
            "FhirReference", "FhirAnnotation", "FhirHumanName", "FhirContactPoint", "FhirPatientCommunication",
            "FhirPatient", "FhirServiceRequest", "FhirTask",
            // the vocabulary's
            "LevelOfCare", "PlanType", "NetworkStatus", "PreferredContact",
            // the JDK's and common-web's
            "UUID", "Instant", "LocalDate", "Problem", "FieldError");

    static final List<Class<?>> RESOURCES = List.of(ReferralResource.class, WebhookSubscriptionResource.class);

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
    void realAnswers_conformToTheirSchemas() throws Exception {
        List<String> problems = new ArrayList<>();
        UUID site = Catalog.newFacility("Contract Document Site", "IOP", "OP");
        Catalog.inNetwork("aetna", "PPO", site, "IOP");
        try (Receiver receiver = Receiver.start(503)) {
            Partner partner = Partner.fresh();
            Response subscribed = WebhookTests.subscribe(partner, receiver.url(),
                    List.of("referral.created", "referral.status_changed")).extract().response();
            conforms("CreatedWebhookSubscription", subscribed, 201, problems);
            String subscription = subscribed.path("id");

            Map<String, Object> insured = Forms.insured(site, "IOP", "aetna", "PPO");
            insured.put("assessmentId", UUID.randomUUID().toString());
            Response created = ReferralApi.send(partner.bearer(), insured).extract().response();
            conforms("Referral", created, 201, problems);
            String id = created.path("id");
            Map<String, Object> bare = Forms.referral(site, "OP");
            @SuppressWarnings("unchecked") Map<String, Object> person = (Map<String, Object>) bare.get("person");
            person.remove("email");
            person.remove("preferredLanguage");
            conforms("Referral", ReferralApi.send(ReferralApi.CALL_CENTER, bare).extract().response(), 201, problems);
            conforms("Referral", ReferralApi.send(partner.bearer(),
                    Forms.insured(site, "IOP", "x".repeat(100), null)).extract().response(), 201, problems);

            String intake = Instant.now().plus(1, ChronoUnit.DAYS).toString();
            for (Map<String, Object> change : List.of(
                    ReferralApi.change("status", "ACCEPTED", "businessStatus", "CONTACTED", "note", "x".repeat(2000)),
                    ReferralApi.change("businessStatus", "INTAKE_SCHEDULED", "intakeAt", intake),
                    ReferralApi.change("status", "ON_HOLD", "reasonCode", "LEVEL_OF_CARE_NOT_OFFERED"),
                    ReferralApi.change("status", "IN_PROGRESS", "businessStatus", "ADMITTED"),
                    ReferralApi.change("status", "FAILED", "reasonCode", "NOT_CLINICALLY_APPROPRIATE"))) {
                conforms("Referral", ReferralApi.patch(ReferralApi.ADMISSIONS, id, change).extract().response(), 200, problems);
                conforms("FhirReferralBundle", given().header("Authorization", partner.bearer())
                        .accept("application/fhir+json").get("/referrals/" + id), 200, problems);
            }
            conforms("Referral", given().header("Authorization", ReferralApi.CALL_CENTER).get("/referrals/" + id), 200, problems);
            conforms("ReferralPage", given().header("Authorization", ReferralApi.ADMISSIONS).queryParam("size", 100)
                    .get("/referrals"), 200, problems);
            conforms("ReferralPage", given().header("Authorization", partner.bearer()).get("/referrals"), 200, problems);
            conforms("WebhookSubscription", given().header("Authorization", partner.bearer())
                    .get("/webhook-subscriptions/" + subscription), 200, problems);
            conforms("WebhookSubscriptionPage", given().header("Authorization", partner.bearer())
                    .get("/webhook-subscriptions"), 200, problems);
            Response attempts = Eventually.until("a failed and a delivered attempt",
                    () -> given().header("Authorization", partner.bearer())
                            .get("/webhook-subscriptions/" + subscription + "/deliveries"),
                    r -> r.jsonPath().getList("items.outcome").containsAll(List.of("RETRYING", "DELIVERED")),
                    Response::asString);
            conforms("WebhookDeliveryAttemptPage", attempts, 200, problems);
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void createAnswers_carryTheDocumentedHeaders() {
        UUID site = Catalog.newFacility("Contract Header Site", "IOP");
        Response first = given().header("Authorization", TestTokens.bearer("PARTNER")).contentType("application/json")
                .header("Idempotency-Key", "contract-doc-" + UUID.randomUUID())
                .body(Forms.referral(site, "IOP")).post("/referrals");
        assertEquals(201, first.statusCode(), first.asString());
        JsonNode headers = operations().get("POST /referrals").path("responses").path("201").path("headers");
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
        assertEquals(longest(BusinessStatus.class), ApiText.BUSINESS_STATUS_MAX);
        assertEquals(longest(ReferralStatus.class), ApiText.REFERRAL_STATUS_MAX);
        assertEquals(longest(ReasonCode.class), ApiText.REASON_CODE_MAX);
        assertEquals(longest(NetworkStatus.class), ApiText.NETWORK_STATUS_MAX);
        assertTrue(Part2Notice.TEXT.length() <= Part2Notice.MAX, Part2Notice.TEXT.length() + " characters");
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

    /** "GET /referrals" → its operation. */
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
