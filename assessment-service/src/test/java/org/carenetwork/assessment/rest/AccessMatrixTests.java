package org.carenetwork.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what, asked of assessment-service directly, with no gateway in front: every endpoint
 * × no credentials and each role, against the roles api-v1.md gives. Allowed callers send a valid
 * request and must get its 2xx; refused ones get 401 (no credentials) or 403 (a role that may not).
 * A stored assessment is the one piece of PHI here: whoever holds its access token reads it; with the
 * respondent's consent, staff and the partner that took it; anyone else who may not read that one
 * gets the 404 of an unknown id, so a refusal does not tell it exists.
 */
@QuarkusTest
class AccessMatrixTests {

    /** The callers, in the order of the matrix's columns. */
    enum Caller {
        NONE, CALL_CENTER, ADMISSIONS, PARTNER, ADMIN;

        RequestSpecification request() {
            RequestSpecification request = given();
            return this == NONE ? request : request.header("Authorization", TestTokens.bearer(name()));
        }
    }

    /** {@code variant}: what else the request carries, when that changes the answer. */
    record Row(String endpoint, String variant, int... expected) {

        String name() {
            return variant.isEmpty() ? endpoint : endpoint + " " + variant;
        }
    }

    static final String OWN_TOKEN = "with its X-Assessment-Token";
    static final String OTHER_TOKEN = "with another assessment's X-Assessment-Token";
    static final String CONSENT = "with consent to share";
    static final String PARTNER_CONSENT = "taken by the partner, with consent";
    static final String PARTNER_NO_CONSENT = "taken by the partner, without consent";

    static final List<Row> MATRIX = List.of(
            //   endpoint                        variant          NONE CALL_CENTER ADMISSIONS PARTNER ADMIN
            new Row("GET /instruments",              "",           200, 200, 200, 200, 200),
            new Row("GET /instruments/{code}",       "",           200, 200, 200, 200, 200),
            new Row("POST /instruments/{code}/score", "",          200, 200, 200, 200, 200),
            new Row("GET /assessments/questions",    "",           200, 200, 200, 200, 200),
            new Row("POST /assessments",             "",           201, 201, 201, 201, 201),
            new Row("GET /assessments/{id}",         "",           401, 404, 404, 404, 403),
            new Row("GET /assessments/{id}",         OWN_TOKEN,    200, 200, 200, 200, 200),
            new Row("GET /assessments/{id}",         OTHER_TOKEN,  404, 404, 404, 404, 404),
            new Row("GET /assessments/{id}",         CONSENT,      401, 200, 200, 404, 403),
            new Row("GET /assessments/{id}",         PARTNER_CONSENT, 401, 200, 200, 200, 403),
            new Row("GET /assessments/{id}",         PARTNER_NO_CONSENT, 401, 404, 404, 404, 403),
            new Row("GET /q/health/live",            "",           200, 200, 200, 200, 200),
            new Row("GET /q/health/ready",           "",           200, 200, 200, 200, 200),
            new Row("GET /q/metrics",                "",           200, 200, 200, 200, 200),
            new Row("GET /q/openapi",                "",           200, 200, 200, 200, 200));

    static Stream<Arguments> matrix() {
        return MATRIX.stream().flatMap(row -> Arrays.stream(Caller.values())
                .map(caller -> Arguments.of(row.name(), caller, row.expected()[caller.ordinal()], row)));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void eachEndpoint_answersEachCaller_asTheContractSays(String name, Caller caller, int expected, Row row) {
        Response response = call(row, caller.request());
        assertEquals(expected, response.statusCode(), () -> name + " as " + caller + ": " + response.asString());
    }

    /** Staff's read of an assessment is the protected endpoint: tokens that expired or that we never issued are refused. */
    @Test
    void expiredAndForeignTokens_areRefused() {
        Row staffRead = MATRIX.stream().filter(r -> r.name().equals("GET /assessments/{id}")).findFirst().orElseThrow();
        for (String role : List.of("CALL_CENTER", "ADMISSIONS")) {
            for (String token : List.of(TestTokens.expiredBearer(role), TestTokens.foreignBearer(role))) {
                Response response = call(staffRead, given().header("Authorization", token));
                assertEquals(401, response.statusCode(), () -> role + ": " + response.asString());
            }
        }
    }

    /** The matrix covers the service: every operation of its OpenAPI document has a row, and no row is stale. */
    @Test
    void matrix_listsEveryOperationTheServicePublishes() {
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        Set<String> published = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "put", "post", "delete", "patch").contains(method))
                .forEach(method -> published.add(method.toUpperCase() + " " + path)));
        Set<String> inMatrix = MATRIX.stream().map(Row::endpoint).filter(e -> !e.contains(" /q/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(published, inMatrix);
    }

    /** A valid request to each endpoint, on data of its own. */
    private static Response call(Row row, RequestSpecification as) {
        return switch (row.name()) {
            case "GET /instruments" -> as.get("/instruments");
            case "GET /instruments/{code}" -> as.get("/instruments/PHQ-9");
            case "POST /instruments/{code}/score" -> as.contentType(ContentType.JSON)
                    .body(Map.of("answers", List.of(0, 1, 0, 1, 0, 1, 0, 1, 0))).post("/instruments/PHQ-9/score");
            case "GET /assessments/questions" -> as.get("/assessments/questions");
            case "POST /assessments" -> as.contentType(ContentType.JSON).body(AssessmentRequests.adult().build())
                    .post("/assessments");
            case "GET /assessments/{id}" -> as.get("/assessments/" + stored().getString("id"));
            case "GET /assessments/{id} " + OWN_TOKEN -> {
                JsonPath own = stored();
                yield as.header("X-Assessment-Token", own.getString("accessToken")).get("/assessments/" + own.getString("id"));
            }
            case "GET /assessments/{id} " + OTHER_TOKEN -> as.header("X-Assessment-Token", stored().getString("accessToken"))
                    .get("/assessments/" + stored().getString("id"));
            case "GET /assessments/{id} " + CONSENT -> as.get("/assessments/" + stored(given(), true).getString("id"));
            case "GET /assessments/{id} " + PARTNER_CONSENT -> as.get("/assessments/"
                    + stored(Caller.PARTNER.request(), true).getString("id"));
            case "GET /assessments/{id} " + PARTNER_NO_CONSENT -> as.get("/assessments/"
                    + stored(Caller.PARTNER.request(), false).getString("id"));
            case "GET /q/health/live" -> as.get("/q/health/live");
            case "GET /q/health/ready" -> as.get("/q/health/ready");
            case "GET /q/metrics" -> as.get("/q/metrics");
            case "GET /q/openapi" -> as.get("/q/openapi");
            default -> throw new IllegalArgumentException("no request for " + row.name());
        };
    }

    /** A new assessment, taken anonymously as the website quiz does: its id and access token. */
    private static JsonPath stored() {
        return stored(given(), false);
    }

    /** A new assessment taken by {@code by}, with or without consent to share. */
    private static JsonPath stored(RequestSpecification by, boolean consent) {
        return by.contentType(ContentType.JSON).body(AssessmentRequests.adult().field("consentToShare", consent).build())
                .when().post("/assessments").then().statusCode(201).extract().jsonPath();
    }
}
