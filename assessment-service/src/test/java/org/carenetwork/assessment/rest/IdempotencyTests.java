package org.carenetwork.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on POST /assessments: a retry returns the first record; a reused key with another body is refused. */
@QuarkusTest
class IdempotencyTests {

    @Inject
    AgroalDataSource db;

    @Test
    void sameKey_sameBody_returnsTheFirstRecord_as201Replayed_andAFreshToken() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = AssessmentRequests.adult().set("RELAPSE", "continuedUse", "CANNOT_STOP").build();
        ExtractableResponse<Response> first = post(key, body, 201);
        ExtractableResponse<Response> retry = post(key, body, 201);

        assertEquals("false", first.header("Idempotent-Replayed"));
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.<String>path("id"), retry.path("id"));
        assertEquals(first.<String>path("createdAt"), retry.path("createdAt"));
        assertEquals(first.<String>path("recommendation.levelOfCare"), retry.path("recommendation.levelOfCare"));
        // Only token hashes are stored: the retry's new token replaces the first one.
        assertNotEquals(first.<String>path("accessToken"), retry.path("accessToken"));
        given().header("X-Assessment-Token", retry.<String>path("accessToken")).when().get("/assessments/" + first.path("id"))
                .then().statusCode(200);
        given().header("X-Assessment-Token", first.<String>path("accessToken")).when().get("/assessments/" + first.path("id"))
                .then().statusCode(404); // a token that no longer opens it: as for an unknown id
    }

    @Test
    void sameKey_differentBody_is422() {
        String key = UUID.randomUUID().toString();
        post(key, AssessmentRequests.adult().build(), 201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(AssessmentRequests.adult().set("ENVIRONMENT", "home", "UNSAFE").build())
                .when().post("/assessments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void withoutKey_everyPostIsANewRecord() {
        Map<String, Object> body = AssessmentRequests.adult().build();
        String a = given().contentType(ContentType.JSON).body(body).post("/assessments").then().statusCode(201).extract().path("id");
        String b = given().contentType(ContentType.JSON).body(body).post("/assessments").then().statusCode(201).extract().path("id");
        assertNotEquals(a, b);
    }

    @Test
    void blankOrOverlongKey_is400() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "x".repeat(201))
                .body(AssessmentRequests.adult().build()).when().post("/assessments")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    /** The contract's format (8 to 200 letters, digits or . _ : -); found accepted by the gateway's hostile-input fuzz test. */
    @Test
    void keyOutsideTheContractsFormat_is400() {
        for (String key : List.of("short", "@Bg{bpor)m^Q+#1]~Ky?-ex", "' OR '1'='1' --", "with space 12345")) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(AssessmentRequests.adult().build()).when().post("/assessments")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("Idempotency-Key"));
        }
    }

    @Test
    void concurrentDuplicates_makeOneRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = AssessmentRequests.adult().set("EMOTIONAL", "mentalHealth", "STRUGGLING").build();
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<String> call = () -> {
                    start.await();
                    return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                            .when().post("/assessments").then().extract().path("id");
                };
                ids.add(pool.submit(call));
            }
            start.countDown();
            Set<String> distinct = new HashSet<>();
            for (Future<String> id : ids) {
                distinct.add(id.get());
            }
            assertEquals(1, distinct.size(), distinct.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, rowsWithKey(key));
    }

    private int rowsWithKey(String key) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM assessment WHERE idempotency_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static ExtractableResponse<Response> post(String key, Map<String, Object> body, int status) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/assessments").then().statusCode(status).extract();
    }
}
