package org.carenetwork.referral.rest;

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
import org.carenetwork.referral.Catalog;
import org.carenetwork.referral.Forms;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what, asked of referral-service directly, with no gateway in front: every endpoint
 * × no credentials and each role. Allowed callers send a valid request (on records the caller
 * itself sent, where it matters) and must get its 2xx; refused ones get 401 (no credentials) or
 * 403 (a role that may not). ADMIN sees no referral: the person's record is for the sender and the
 * admissions workforce only.
 */
@QuarkusTest
class AccessMatrixTests {

    /** The callers, in the order of the matrix's columns. */
    enum Caller {
        NONE, CALL_CENTER, ADMISSIONS, PARTNER, ADMIN;

        /** A request as this role with the subject given (no credentials for NONE). */
        RequestSpecification request(String subject) {
            RequestSpecification request = given();
            return this == NONE ? request : request.header("Authorization", "Bearer " + TestTokens.token(subject, name()));
        }
    }

    record Row(String endpoint, int... expected) {
    }

    static final List<Row> MATRIX = List.of(
            //   endpoint                                        NONE CALL_CENTER ADMISSIONS PARTNER ADMIN
            new Row("POST /referrals",                             401, 201, 403, 201, 403),
            new Row("GET /referrals",                              401, 200, 200, 200, 403),
            new Row("GET /referrals/{id}",                         401, 200, 200, 200, 403),
            new Row("PATCH /referrals/{id}",                       401, 200, 200, 200, 403),
            new Row("POST /webhook-subscriptions",                 401, 403, 403, 201, 403),
            new Row("GET /webhook-subscriptions",                  401, 403, 403, 200, 403),
            new Row("GET /webhook-subscriptions/{id}",             401, 403, 403, 200, 403),
            new Row("DELETE /webhook-subscriptions/{id}",          401, 403, 403, 204, 403),
            new Row("GET /webhook-subscriptions/{id}/deliveries",  401, 403, 403, 200, 403),
            new Row("GET /q/health/live",                          200, 200, 200, 200, 200),
            new Row("GET /q/health/ready",                         200, 200, 200, 200, 200),
            new Row("GET /q/metrics",                              200, 200, 200, 200, 200),
            new Row("GET /q/openapi",                              200, 200, 200, 200, 200));

    static UUID site;

    @BeforeAll
    static void catalog() {
        site = Catalog.newFacility("Access Matrix Site", "IOP");
    }

    static Stream<Arguments> matrix() {
        return MATRIX.stream().flatMap(row -> Arrays.stream(Caller.values())
                .map(caller -> Arguments.of(row.endpoint(), caller, row.expected()[caller.ordinal()])));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void eachEndpoint_answersEachCaller_asTheContractSays(String endpoint, Caller caller, int expected) {
        String subject = "matrix-" + UUID.randomUUID();
        Response response = call(endpoint, caller, subject, caller.request(subject));
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
                Response response = call(endpoint, allowed, "test-user", given().header("Authorization", token));
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
        Set<String> inMatrix = MATRIX.stream().map(Row::endpoint).filter(e -> !e.contains(" /q/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(published, inMatrix);
    }

    /**
     * A valid request to each endpoint, on data of its own: referrals and subscriptions made by a
     * partner with the caller's own subject, so the PARTNER column asks about its own.
     */
    private static Response call(String endpoint, Caller caller, String subject, RequestSpecification as) {
        return switch (endpoint) {
            case "POST /referrals" -> as.contentType(ContentType.JSON).body(Forms.referral(site, "IOP")).post("/referrals");
            case "GET /referrals" -> as.queryParam("size", 1).get("/referrals");
            case "GET /referrals/{id}" -> as.get("/referrals/" + newReferral(subject));
            // The sender (a partner, or a call-center agent, who sent it) cancels; admissions accepts.
            case "PATCH /referrals/{id}" -> as.contentType("application/merge-patch+json")
                    .body(caller == Caller.PARTNER || caller == Caller.CALL_CENTER ? Map.of("status", "CANCELLED", "reasonCode", "SENT_IN_ERROR")
                            : Map.of("status", "ACCEPTED"))
                    .patch("/referrals/" + newReferral(subject));
            case "POST /webhook-subscriptions" -> as.contentType(ContentType.JSON).body(subscription())
                    .post("/webhook-subscriptions");
            case "GET /webhook-subscriptions" -> as.get("/webhook-subscriptions");
            case "GET /webhook-subscriptions/{id}" -> as.get("/webhook-subscriptions/" + newSubscription(subject));
            case "DELETE /webhook-subscriptions/{id}" -> as.delete("/webhook-subscriptions/" + newSubscription(subject));
            case "GET /webhook-subscriptions/{id}/deliveries" -> as.get("/webhook-subscriptions/" + newSubscription(subject)
                    + "/deliveries");
            case "GET /q/health/live" -> as.get("/q/health/live");
            case "GET /q/health/ready" -> as.get("/q/health/ready");
            case "GET /q/metrics" -> as.get("/q/metrics");
            case "GET /q/openapi" -> as.get("/q/openapi");
            default -> throw new IllegalArgumentException("no request for " + endpoint);
        };
    }

    private static String newReferral(String subject) {
        return given().header("Authorization", "Bearer " + TestTokens.token(subject, "PARTNER")).contentType(ContentType.JSON)
                .body(Forms.referral(site, "IOP")).post("/referrals").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> subscription() {
        return Map.of("url", "http://127.0.0.1:9/matrix", "events", List.of("referral.status_changed"));
    }

    /** A subscription of the subject's, which hears of no referral (the subject sends none after it). */
    private static String newSubscription(String subject) {
        return given().header("Authorization", "Bearer " + TestTokens.token(subject, "PARTNER")).contentType(ContentType.JSON)
                .body(subscription()).post("/webhook-subscriptions").then().statusCode(201).extract().path("id");
    }
}
