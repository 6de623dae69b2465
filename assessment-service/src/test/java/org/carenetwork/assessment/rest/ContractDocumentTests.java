package org.carenetwork.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.carenetwork.testing.ContractDocument;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The service's OpenAPI document is its whole public contract (the gateway serves it, merged,
 * unchanged): complete and bounded as the suite requires, its roles those the code enforces, its
 * examples valid, and the answers the service really gives valid against the schemas it
 * publishes, with no property the document does not name.
 */
@QuarkusTest
class ContractDocumentTests {

    static final List<Class<?>> RESOURCES = List.of(InstrumentResource.class, AssessmentResource.class);

    static final Set<String> OPERATION_IDS = Set.of("listInstruments", "getInstrument", "scoreInstrument",
            "createAssessment", "getLevelOfCareQuestions", "getAssessment");

    static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode served;

    /** The document as the running service serves it (fetched once the application is up). */
    static JsonNode document() {
        if (served == null) {
            served = read(given().queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200).extract().asString());
        }
        return served;
    }

    @Test
    void document_isCompleteAndBounded() {
        assertEquals(List.of(), ContractDocument.problems(document()));
    }

    @Test
    void operationIds_areTheContracts() {
        Set<String> ids = new TreeSet<>();
        operations().values().forEach(op -> ids.add(op.path("operationId").asText()));
        assertEquals(new TreeSet<>(OPERATION_IDS), ids);
    }

    @Test
    void everyDescription_startsWithWhoMayCall() {
        operations().forEach((at, op) -> assertTrue(op.path("description").asText().startsWith("Roles: "), at));
    }

    /** x-roles comes from @RolesAllowed; the document and the code must name the same roles for each operation. */
    @Test
    void roles_areThoseTheResourceMethodsAllow() {
        Map<String, JsonNode> documented = operations();
        Set<String> declared = new TreeSet<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String at = verb + " " + base + (sub == null ? "" : sub.value().startsWith("/") ? sub.value() : "/" + sub.value());
                declared.add(at);
                JsonNode operation = documented.get(at);
                assertTrue(operation != null, at + " is not in the document");
                List<String> expected = roles(method);
                List<String> published = new ArrayList<>();
                operation.path("x-roles").forEach(r -> published.add(r.asText()));
                assertEquals(new TreeSet<>(expected), new TreeSet<>(published), at);
            }
        }
        assertEquals(documented.keySet(), declared);
    }

    @Test
    void examples_areValidAgainstTheirSchemas() {
        List<String> errors = new ArrayList<>();
        int[] count = {0};
        operations().forEach((at, op) -> {
            op.path("requestBody").path("content").fields().forEachRemaining(media ->
                    media.getValue().path("examples").fields().forEachRemaining(example -> {
                        count[0]++;
                        errors.addAll(Schemas.check(at + " request " + example.getKey(),
                                example.getValue().path("value"), media.getValue().path("schema")));
                    }));
            op.path("responses").fields().forEachRemaining(response ->
                    response.getValue().path("content").fields().forEachRemaining(media ->
                            media.getValue().path("examples").fields().forEachRemaining(example -> {
                                count[0]++;
                                errors.addAll(Schemas.check(at + " " + response.getKey() + " " + example.getKey(),
                                        example.getValue().path("value"), media.getValue().path("schema")));
                            })));
        });
        assertEquals(List.of(), errors);
        assertTrue(count[0] >= 9, "examples found: " + count[0]);
    }

    /** The response examples are what the service answers to the request examples. */
    @Test
    void responseExamples_areTheAnswersToTheRequestExamples() {
        JsonNode score = operation("POST /instruments/{code}/score");
        for (String name : List.of("PHQ-9", "CSSRS-SCREEN")) {
            JsonNode answer = post("/instruments/" + name + "/score", example(score.path("requestBody"), name), 200);
            assertEquals(example(score.path("responses").path("200"), name), answer, name);
        }
        JsonNode create = operation("POST /assessments");
        for (String name : List.of("drinking", "crisis")) {
            JsonNode answer = post("/assessments", example(create.path("requestBody"), name), 201);
            ObjectNode documented = example(create.path("responses").path("201"), name).deepCopy();
            for (String generated : List.of("id", "accessToken", "createdAt")) {
                assertTrue(documented.has(generated) && answer.has(generated), name + " " + generated);
                documented.set(generated, answer.get(generated));
            }
            assertEquals(documented, answer, name);
        }
        JsonNode gad7 = example(operation("GET /instruments/{code}").path("responses").path("200"), "GAD-7");
        JsonNode real = get("/instruments/GAD-7", "application/json");
        gad7.fieldNames().forEachRemaining(field -> {
            JsonNode documented = gad7.get(field);
            JsonNode served = real.get(field);
            if (documented.isArray() && !documented.isEmpty()) {
                // Abridged: the example's entries are the first of the real ones.
                for (int i = 0; i < documented.size(); i++) {
                    assertEquals(served.get(i), documented.get(i), field + "[" + i + "]");
                }
            } else {
                assertEquals(served, documented, field);
            }
        });
    }

    /** Every answer the service gives validates against its documented schema, with nothing undocumented in it. */
    @Test
    void realAnswers_matchTheDocumentedSchemas() {
        List<String> errors = new ArrayList<>();
        errors.addAll(answer("GET /instruments", "200", "application/json", get("/instruments", "application/json")));
        for (JsonNode instrument : get("/instruments", "application/json").path("items")) {
            String code = instrument.path("code").asText();
            errors.addAll(answer("GET /instruments/{code}", "200", "application/json",
                    get("/instruments/" + code, "application/json")));
            errors.addAll(answer("GET /instruments/{code}", "200", "application/fhir+json",
                    get("/instruments/" + code.toLowerCase(), "application/fhir+json")));
        }
        errors.addAll(answer("GET /assessments/questions", "200", "application/json",
                get("/assessments/questions", "application/json")));

        List<Map<String, Object>> bodies = List.of(
                AssessmentRequests.adult().build(),
                AssessmentRequests.adult().field("ageGroup", "ADOLESCENT").instrument("AUDIT", 4, 4, 4, 4, 4, 4, 4, 4, 4, 4)
                        .instrument("DAST-10", 1, 1, 0, 1, 1, 1, 1, 1, 1, 1).instrument("GAD-7", 3, 3, 3, 3, 3, 3, 3)
                        .instrument("AUDIT-C", 0, null, null).instrument("CSSRS-SCREEN", 1, 1, 1, 0, 0, 1)
                        .set("WITHDRAWAL", "substance", "OPIOIDS").set("WITHDRAWAL", "recentUse", "DAILY_HEAVY")
                        .set("WITHDRAWAL", "withdrawal", "SEVERE").set("BIOMEDICAL", "physicalHealth", "UNSTABLE")
                        .set("ENVIRONMENT", "home", "UNSAFE").build(),
                // A crisis despite invalid answers: incompleteAnswers, a C-SSRS result without a total.
                AssessmentRequests.adult().instrument("CSSRS-SCREEN", 0, 0, null, 1, null, 0)
                        .instrument("PHQ-9", 9, 9).set("READINESS", "readiness", "MAYBE").build(),
                // Screeners only: no recommendation; and a screeners-only crisis.
                AssessmentRequests.adult().field("dimensions", null).instrument("GAD-7", 1, 1, 1, 1, 1, 1, 1)
                        .field("consentToShare", true).build(),
                AssessmentRequests.adult().field("dimensions", null).instrument("CSSRS-SCREEN", 1, 1, 1, 1, 1, 2).build());
        for (Map<String, Object> body : bodies) {
            for (String language : List.of("en", "es")) {
                ExtractableResponse<Response> created = given().contentType(ContentType.JSON).header("Accept-Language", language)
                        .body(body).when().post("/assessments").then().statusCode(201).extract();
                errors.addAll(answer("POST /assessments", "201", "application/json", read(created.asString())));
                errors.addAll(answer("GET /assessments/{id}", "200", "application/json", read(given()
                        .header("X-Assessment-Token", (String) created.path("accessToken")).header("Accept-Language", language)
                        .when().get("/assessments/" + created.path("id")).then().statusCode(200).extract().asString())));
            }
        }
        for (JsonNode instrument : get("/instruments", "application/json").path("items")) {
            String code = instrument.path("code").asText();
            errors.addAll(answer("GET /instruments/{code}", "200", "application/json", read(given().accept("application/json")
                    .header("Accept-Language", "es").when().get("/instruments/" + code).then().statusCode(200)
                    .extract().asString())));
            errors.addAll(answer("GET /instruments/{code}", "200", "application/fhir+json", read(given()
                    .accept("application/fhir+json").header("Accept-Language", "es").when().get("/instruments/" + code)
                    .then().statusCode(200).extract().asString())));
        }
        errors.addAll(answer("POST /instruments/{code}/score", "200", "application/json",
                post("/instruments/CSSRS-SCREEN/score", read("{\"answers\": [1, 1, 1, 1, 1, 2]}"), 200)));

        JsonNode problem = read(given().when().get("/instruments/" + "X".repeat(300)).then().statusCode(400)
                .extract().asString());
        errors.addAll(Schemas.check("a 400 problem", problem, document().path("components").path("schemas").path("Problem")));
        assertEquals(List.of(), errors);
    }

    @Test
    void scoring_isMarkedAsComputingOnly_andNothingElseIs() {
        operations().forEach((at, op) -> assertEquals(at.equals("POST /instruments/{code}/score"),
                op.path("x-computes-only").asBoolean(false), at));
    }

    @Test
    void getInstrument_documentsBothMediaTypes() {
        JsonNode content = operation("GET /instruments/{code}").path("responses").path("200").path("content");
        assertEquals(Set.of("application/json", "application/fhir+json"), fieldNames(content));
        assertFalse(operation("GET /assessments/{id}").path("parameters").findValuesAsText("name").isEmpty());
        assertTrue(operation("GET /assessments/{id}").path("parameters").findValuesAsText("name").contains("X-Assessment-Token"));
    }

    private static List<String> answer(String at, String status, String mediaType, JsonNode body) {
        JsonNode schema = operation(at).path("responses").path(status).path("content").path(mediaType).path("schema");
        assertFalse(schema.isMissingNode(), at + " " + status + " " + mediaType);
        return Schemas.check(at + " " + status + " " + mediaType, body, schema);
    }

    private static JsonNode example(JsonNode withContent, String name) {
        JsonNode value = withContent.path("content").path("application/json").path("examples").path(name).path("value");
        assertFalse(value.isMissingNode(), "example " + name);
        return value;
    }

    private static JsonNode post(String path, JsonNode body, int status) {
        return read(given().contentType(ContentType.JSON).body(body.toString()).when().post(path)
                .then().statusCode(status).extract().asString());
    }

    private static JsonNode get(String path, String accept) {
        return read(given().accept(accept).when().get(path).then().statusCode(200).contentType(accept)
                .extract().asString());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }

    private static JsonNode operation(String at) {
        JsonNode op = operations().get(at);
        assertTrue(op != null, at);
        return op;
    }

    /** "GET /instruments/{code}" → the operation. */
    private static Map<String, JsonNode> operations() {
        Map<String, JsonNode> ops = new TreeMap<>();
        document().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
                ops.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return ops;
    }

    private static String verb(Method method) {
        for (Class<? extends Annotation> verb : List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    private static List<String> roles(Method method) {
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && !method.isAnnotationPresent(PermitAll.class)) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? List.of() : Arrays.asList(allowed.value());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Enough of JSON Schema (2020-12, as OpenAPI 3.1 uses it) for this document: local $ref, anyOf,
     * type (one or a list), enum, const, string, number, array and object keywords. Strict on
     * objects: a property the schema does not name is an error unless additionalProperties or
     * patternProperties admit it, so an answer cannot carry what the contract does not say.
     */
    static final class Schemas {

        private Schemas() {
        }

        static List<String> check(String where, JsonNode value, JsonNode schema) {
            List<String> errors = new ArrayList<>();
            check(where, value, schema, errors);
            return errors;
        }

        private static void check(String where, JsonNode value, JsonNode schema, List<String> errors) {
            if (schema.isBoolean()) {
                if (!schema.asBoolean()) {
                    errors.add(where + ": not allowed");
                }
                return;
            }
            if (schema.has("$ref")) {
                String ref = schema.get("$ref").asText();
                check(where, value, document().at(ref.substring(1)), errors);
            }
            if (schema.has("anyOf")) {
                boolean any = false;
                for (JsonNode option : schema.get("anyOf")) {
                    any |= check(where, value, option).isEmpty();
                }
                if (!any) {
                    errors.add(where + ": matches none of anyOf");
                }
            }
            if (schema.has("type") && !typeMatches(value, schema.get("type"))) {
                errors.add(where + ": " + value.getNodeType() + " is not " + schema.get("type"));
                return;
            }
            if (schema.has("enum")) {
                boolean listed = false;
                for (JsonNode allowed : schema.get("enum")) {
                    listed |= allowed.equals(value);
                }
                if (!listed) {
                    errors.add(where + ": " + value + " is not one of " + schema.get("enum"));
                }
            }
            if (schema.has("const") && !schema.get("const").equals(value)) {
                errors.add(where + ": " + value + " is not " + schema.get("const"));
            }
            if (value.isTextual()) {
                int length = value.asText().codePointCount(0, value.asText().length());
                if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
                    errors.add(where + ": longer than " + schema.get("maxLength"));
                }
                if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
                    errors.add(where + ": shorter than " + schema.get("minLength"));
                }
                if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
                    errors.add(where + ": " + value + " does not match " + schema.get("pattern"));
                }
            }
            if (value.isNumber()) {
                if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
                    errors.add(where + ": " + value + " is above " + schema.get("maximum"));
                }
                if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
                    errors.add(where + ": " + value + " is below " + schema.get("minimum"));
                }
            }
            if (value.isArray()) {
                if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                    errors.add(where + ": more than " + schema.get("maxItems") + " items");
                }
                if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                    errors.add(where + ": fewer than " + schema.get("minItems") + " items");
                }
                if (schema.path("uniqueItems").asBoolean(false) && new TreeSet<>(strings(value)).size() != value.size()) {
                    errors.add(where + ": items repeat");
                }
                if (schema.has("items")) {
                    for (int i = 0; i < value.size(); i++) {
                        check(where + "[" + i + "]", value.get(i), schema.get("items"), errors);
                    }
                }
            }
            if (value.isObject()) {
                object(where, value, schema, errors);
            }
        }

        private static void object(String where, JsonNode value, JsonNode schema, List<String> errors) {
            if (schema.has("maxProperties") && value.size() > schema.get("maxProperties").asInt()) {
                errors.add(where + ": more than " + schema.get("maxProperties") + " properties");
            }
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    errors.add(where + ": " + required.asText() + " is required");
                }
            }
            boolean described = schema.has("properties") || schema.has("additionalProperties")
                    || schema.has("patternProperties") || schema.has("propertyNames");
            if (!described && schema.has("anyOf")) {
                return; // a nullable reference's own node ("type: [object, null]"): its anyOf says the rest
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = where + "." + field.getKey();
                if (schema.has("propertyNames")) {
                    check(at + " (name)", JSON.getNodeFactory().textNode(field.getKey()), schema.get("propertyNames"), errors);
                }
                if (schema.path("properties").has(field.getKey())) {
                    check(at, field.getValue(), schema.get("properties").get(field.getKey()), errors);
                    continue;
                }
                boolean matched = false;
                for (Iterator<Map.Entry<String, JsonNode>> p = schema.path("patternProperties").fields(); p.hasNext(); ) {
                    Map.Entry<String, JsonNode> pattern = p.next();
                    if (Pattern.compile(pattern.getKey()).matcher(field.getKey()).find()) {
                        matched = true;
                        check(at, field.getValue(), pattern.getValue(), errors);
                    }
                }
                if (matched) {
                    continue;
                }
                if (schema.has("additionalProperties")) {
                    check(at, field.getValue(), schema.get("additionalProperties"), errors);
                } else if (described || !schema.has("$ref")) {
                    errors.add(at + ": not in the document");
                }
            }
        }

        private static boolean typeMatches(JsonNode value, JsonNode type) {
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (typeMatches(value, t)) {
                        return true;
                    }
                }
                return false;
            }
            return switch (type.asText()) {
                case "string" -> value.isTextual();
                case "integer" -> value.isIntegralNumber();
                case "number" -> value.isNumber();
                case "boolean" -> value.isBoolean();
                case "array" -> value.isArray();
                case "object" -> value.isObject();
                case "null" -> value.isNull();
                default -> false;
            };
        }

        private static List<String> strings(JsonNode array) {
            List<String> all = new ArrayList<>();
            array.forEach(v -> all.add(v.toString()));
            return all;
        }
    }
}
