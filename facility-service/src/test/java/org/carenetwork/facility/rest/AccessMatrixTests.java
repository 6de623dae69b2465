package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.carenetwork.facility.Fixtures.create;
import static org.carenetwork.facility.Fixtures.facility;
import static org.carenetwork.facility.Fixtures.oceanCentre;
import static org.carenetwork.facility.Fixtures.program;
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
import org.carenetwork.facility.Fixtures;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what, asked of facility-service directly, with no gateway in front: every endpoint
 * × no credentials and each role, against the roles api-v1.md gives. Allowed callers send a valid
 * request and must get its 2xx; refused ones get 401 (no credentials) or 403 (a role that may not).
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

    // "Anyone" endpoints answer every caller alike (identifying oneself never takes access away).
    static final List<Row> MATRIX = List.of(
            //   endpoint                                                   NONE CALL_CENTER ADMISSIONS PARTNER ADMIN
            new Row("GET /facilities",                                         200, 200, 200, 200, 200),
            new Row("GET /facilities/{id}",                                    200, 200, 200, 200, 200),
            new Row("POST /facilities",                                        401, 403, 403, 403, 201),
            new Row("PUT /facilities/{id}",                                    401, 403, 403, 403, 200),
            new Row("DELETE /facilities/{id}",                                 401, 403, 403, 403, 204),
            new Row("PUT /facilities/{id}/programs/{levelOfCare}/availability", 401, 403, 200, 403, 200),
            new Row("POST /facilities/import",                                 401, 403, 403, 403, 200),
            new Row("POST /facilities/{id}/reports",                           201, 201, 201, 201, 201),
            new Row("GET /facilities/{id}/reports",                            401, 200, 403, 403, 200),
            new Row("GET /facilities/{id}/reports/{reportId}",                 401, 200, 403, 403, 200),
            new Row("PATCH /facilities/{id}/reports/{reportId}",               401, 200, 403, 403, 200),
            new Row("GET /listing-reports",                                    401, 200, 403, 403, 200),
            new Row("GET /organizations",                                      200, 200, 200, 200, 200),
            new Row("GET /levels-of-care",                                     200, 200, 200, 200, 200),
            new Row("GET /hsds/services",                                      200, 200, 200, 200, 200),
            new Row("GET /hsds/services/{id}",                                 200, 200, 200, 200, 200),
            new Row("GET /hsds/organizations",                                 200, 200, 200, 200, 200),
            new Row("GET /hsds/locations",                                     200, 200, 200, 200, 200),
            new Row("GET /fhir/HealthcareService",                             200, 200, 200, 200, 200),
            new Row("GET /fhir/HealthcareService/{id}",                        200, 200, 200, 200, 200),
            new Row("GET /fhir/Location",                                      200, 200, 200, 200, 200),
            new Row("GET /fhir/Location/{id}",                                 200, 200, 200, 200, 200),
            new Row("GET /fhir/Organization",                                  200, 200, 200, 200, 200),
            new Row("GET /fhir/Organization/{id}",                             200, 200, 200, 200, 200),
            new Row("GET /q/health/live",                                      200, 200, 200, 200, 200),
            new Row("GET /q/health/ready",                                     200, 200, 200, 200, 200),
            new Row("GET /q/metrics",                                          200, 200, 200, 200, 200),
            new Row("GET /q/openapi",                                          200, 200, 200, 200, 200));

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

    @ParameterizedTest(name = "{0} with an expired or foreign ADMIN token: 401")
    @MethodSource("protectedEndpoints")
    void expiredAndForeignTokens_areRefused(String endpoint) {
        for (String token : List.of(TestTokens.expiredBearer("ADMIN"), TestTokens.foreignBearer("ADMIN"))) {
            Response response = call(endpoint, given().header("Authorization", token));
            assertEquals(401, response.statusCode(), () -> endpoint + ": " + response.asString());
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
        Set<String> inMatrix = MATRIX.stream().map(Row::endpoint).filter(e -> !e.contains(" /q/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(published, inMatrix);
    }

    /** A valid request to each endpoint, on data of its own. */
    private static Response call(String endpoint, RequestSpecification as) {
        return switch (endpoint) {
            case "GET /facilities" -> as.queryParam("q", "matrix").get("/facilities");
            case "GET /facilities/{id}" -> as.get("/facilities/" + newFacility());
            case "POST /facilities" -> as.contentType(ContentType.JSON)
                    .body(facility("Matrix new", oceanCentre(), List.of(program("IOP")))).post("/facilities");
            case "PUT /facilities/{id}" -> {
                String id = newFacility();
                long version = given().get("/facilities/" + id).then().extract().jsonPath().getLong("version");
                yield as.contentType(ContentType.JSON)
                        .body(facility("Matrix renamed", oceanCentre(), List.of(program("IOP")), "version", version))
                        .put("/facilities/" + id);
            }
            case "DELETE /facilities/{id}" -> as.delete("/facilities/" + newFacility());
            case "PUT /facilities/{id}/programs/{levelOfCare}/availability" -> as.contentType(ContentType.JSON)
                    .body(Map.of("openings", 2, "acceptingNewPatients", true))
                    .put("/facilities/" + newFacility() + "/programs/IOP/availability");
            case "POST /facilities/import" -> as.contentType(ContentType.JSON).body(Map.of("rows", List.of()))
                    .post("/facilities/import");
            case "POST /facilities/{id}/reports" -> as.contentType(ContentType.JSON)
                    .body(Map.of("reason", "PHONE_DISCONNECTED", "note", "access matrix"))
                    .post("/facilities/" + newFacility() + "/reports");
            case "GET /facilities/{id}/reports" -> as.get("/facilities/" + newFacility() + "/reports");
            case "GET /facilities/{id}/reports/{reportId}" -> as.get(newReport());
            case "PATCH /facilities/{id}/reports/{reportId}" -> as.contentType(ContentType.JSON)
                    .body(Map.of("status", "DISMISSED", "note", "access matrix")).patch(newReport());
            case "GET /listing-reports" -> as.queryParam("status", "OPEN").get("/listing-reports");
            case "GET /organizations" -> as.get("/organizations");
            case "GET /levels-of-care" -> as.get("/levels-of-care");
            case "GET /hsds/services" -> as.get("/hsds/services");
            case "GET /hsds/services/{id}" -> as.get("/hsds/services/" + newProgram());
            case "GET /hsds/organizations" -> as.get("/hsds/organizations");
            case "GET /hsds/locations" -> as.get("/hsds/locations");
            case "GET /fhir/HealthcareService" -> as.queryParam("name", "Matrix").get("/fhir/HealthcareService");
            case "GET /fhir/HealthcareService/{id}" -> as.get("/fhir/HealthcareService/" + newFacility() + "-iop");
            case "GET /fhir/Location" -> as.queryParam("name", "Matrix").get("/fhir/Location");
            case "GET /fhir/Location/{id}" -> as.get("/fhir/Location/" + newFacility());
            case "GET /fhir/Organization" -> as.queryParam("name", "Matrix").get("/fhir/Organization");
            case "GET /fhir/Organization/{id}" -> as.get("/fhir/Organization/" + newFacility());
            case "GET /q/health/live" -> as.get("/q/health/live");
            case "GET /q/health/ready" -> as.get("/q/health/ready");
            case "GET /q/metrics" -> as.get("/q/metrics");
            case "GET /q/openapi" -> as.get("/q/openapi");
            default -> throw new IllegalArgumentException("no request for " + endpoint);
        };
    }

    /** A new report's path, as its Location names it. */
    private static String newReport() {
        String facility = newFacility();
        String report = given().contentType(ContentType.JSON).body(Map.of("reason", "OTHER"))
                .post("/facilities/" + facility + "/reports").then().statusCode(201).extract().path("id");
        return "/facilities/" + facility + "/reports/" + report;
    }

    /** A new program's id: an HSDS service's (the first service of the new site's). */
    private static String newProgram() {
        String facility = newFacility();
        return given().queryParam("organization_id", facility).get("/hsds/services").then().statusCode(200)
                .extract().path("contents[0].id");
    }

    private static String newFacility() {
        return create(facility("Matrix", oceanCentre(), List.of(program("IOP"))));
    }
}
