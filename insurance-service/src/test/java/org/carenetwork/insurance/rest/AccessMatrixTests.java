package org.carenetwork.insurance.rest;

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
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carenetwork.insurance.ContractApi;
import org.carenetwork.insurance.FacilityCatalog;
import org.carenetwork.insurance.Forms;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what, asked of insurance-service directly, with no gateway in front: every endpoint
 * × no credentials and each role, against the roles api-v1.md gives. Allowed callers send a valid
 * request and must get its 2xx; refused ones get 401 (no credentials) or 403 (a role that may not).
 * The coverage-request reads carry PHI: only ADMISSIONS and CALL_CENTER may, and only ADMISSIONS moves one.
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

    record Row(String endpoint, int... expected) {
    }

    static final List<Row> MATRIX = List.of(
            //   endpoint                           NONE CALL_CENTER ADMISSIONS PARTNER ADMIN
            new Row("GET /payers",                     200, 200, 200, 200, 200),
            new Row("GET /payers/{id}",                200, 200, 200, 200, 200),
            new Row("POST /network-checks",            200, 200, 200, 200, 200),
            new Row("PUT /network-contracts/{id}",     401, 403, 403, 403, 201),
            new Row("GET /network-contracts/{id}",     401, 403, 403, 403, 200),
            new Row("GET /network-contracts",          401, 403, 403, 403, 200),
            new Row("POST /coverage-requests",         201, 201, 201, 201, 201),
            new Row("GET /coverage-requests",          401, 200, 200, 403, 403),
            new Row("GET /coverage-requests/{id}",     401, 200, 200, 403, 403),
            new Row("GET /coverage-requests (assignee=me)", 401, 200, 200, 403, 403),
            new Row("PATCH /coverage-requests/{id}",   401, 403, 200, 403, 403),
            new Row("PATCH /coverage-requests/{id} (assign, verify with benefits)", 401, 403, 200, 403, 403),
            new Row("GET /q/health/live",              200, 200, 200, 200, 200),
            new Row("GET /q/health/ready",             200, 200, 200, 200, 200),
            new Row("GET /q/metrics",                  200, 200, 200, 200, 200),
            new Row("GET /q/openapi",                  200, 200, 200, 200, 200));

    static Stream<Arguments> matrix() {
        return MATRIX.stream().flatMap(row -> Arrays.stream(Caller.values())
                .map(caller -> Arguments.of(row.endpoint(), caller, row.expected()[caller.ordinal()])));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void eachEndpoint_answersEachCaller_asTheContractSays(String endpoint, Caller caller, int expected) {
        Response response = call(endpoint, caller.request());
        assertEquals(expected, response.statusCode(), () -> endpoint + " as " + caller + ": " + response.asString());
    }

    @ParameterizedTest(name = "{0} with an expired or foreign token of each allowed role: 401")
    @MethodSource("protectedEndpoints")
    void expiredAndForeignTokens_areRefused(String endpoint) {
        Row row = MATRIX.stream().filter(r -> r.endpoint().equals(endpoint)).findFirst().orElseThrow();
        for (Caller allowed : Caller.values()) {
            if (row.expected()[allowed.ordinal()] / 100 != 2) {
                continue;
            }
            for (String token : List.of(TestTokens.expiredBearer(allowed.name()), TestTokens.foreignBearer(allowed.name()))) {
                Response response = call(endpoint, given().header("Authorization", token));
                assertEquals(401, response.statusCode(), () -> endpoint + " as " + allowed + ": " + response.asString());
            }
        }
    }

    static Stream<String> protectedEndpoints() {
        return MATRIX.stream().filter(row -> row.expected()[Caller.NONE.ordinal()] == 401).map(Row::endpoint);
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
        // A row "METHOD /path (variant)" calls the same operation another way.
        Set<String> inMatrix = MATRIX.stream().map(Row::endpoint).filter(e -> !e.contains(" /q/"))
                .map(e -> e.replaceAll(" \\(.*\\)$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(published, inMatrix);
    }

    /** A valid request to each endpoint, on data of its own. */
    private static Response call(String endpoint, RequestSpecification as) {
        return switch (endpoint) {
            case "GET /payers" -> as.queryParam("q", "blue cross").get("/payers");
            case "GET /payers/{id}" -> as.get("/payers/aetna");
            case "POST /network-checks" -> as.contentType(ContentType.JSON)
                    .body(Map.of("payer", "aetna", "planType", "PPO", "facilityIds", List.of(UUID.randomUUID().toString())))
                    .post("/network-checks");
            case "PUT /network-contracts/{id}" -> as.contentType(ContentType.JSON)
                    .body(ContractApi.body("aetna", "PPO", FacilityCatalog.newFacility("Matrix contract"), "IOP", "2026-01-01", null))
                    .put("/network-contracts/" + UUID.randomUUID());
            case "GET /network-contracts/{id}" -> as.get("/network-contracts/" + ContractApi.create("aetna", "PPO",
                    FacilityCatalog.newFacility("Matrix contract read"), "OP", "2026-01-01", null));
            case "GET /network-contracts" -> as.queryParam("payer", "aetna").get("/network-contracts");
            case "POST /coverage-requests" -> as.contentType(ContentType.JSON).body(Forms.valid()).post("/coverage-requests");
            case "GET /coverage-requests" -> as.queryParam("status", "RECEIVED").queryParam("size", 1).get("/coverage-requests");
            case "GET /coverage-requests/{id}" -> as.get("/coverage-requests/" + newCoverageRequest());
            case "GET /coverage-requests (assignee=me)" -> as.queryParam("assignee", "me").queryParam("size", 1)
                    .get("/coverage-requests");
            case "PATCH /coverage-requests/{id} (assign, verify with benefits)" -> as.contentType(ContentType.JSON)
                    .body(Map.of("status", "VERIFIED", "assignee", "me", "benefits", Map.of("inNetwork", true, "copay", 25)))
                    .patch("/coverage-requests/" + inReview());
            case "PATCH /coverage-requests/{id}" -> as.contentType(ContentType.JSON)
                    .body(Map.of("status", "IN_REVIEW", "note", "access matrix")).patch("/coverage-requests/" + newCoverageRequest());
            case "GET /q/health/live" -> as.get("/q/health/live");
            case "GET /q/health/ready" -> as.get("/q/health/ready");
            case "GET /q/metrics" -> as.get("/q/metrics");
            case "GET /q/openapi" -> as.get("/q/openapi");
            default -> throw new IllegalArgumentException("no request for " + endpoint);
        };
    }

    /** A new coverage request taken into review by admissions: its id. */
    private static String inReview() {
        String id = newCoverageRequest();
        given().header("Authorization", TestTokens.bearer("ADMISSIONS")).contentType(ContentType.JSON)
                .body(Map.of("status", "IN_REVIEW")).when().patch("/coverage-requests/" + id).then().statusCode(200);
        return id;
    }

    /** A new coverage request from the website form: its id. */
    private static String newCoverageRequest() {
        return given().contentType(ContentType.JSON).body(Forms.valid()).when().post("/coverage-requests")
                .then().statusCode(201).extract().path("id");
    }
}
