package org.carenetwork.insurance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.carenetwork.insurance.CoverageApi;
import org.carenetwork.insurance.Forms;
import org.junit.jupiter.api.Test;

/** A double-click (the same Idempotency-Key and body, even at the same moment) makes one request. */
@QuarkusTest
class IdempotentSubmissionTests {

    @Inject
    AgroalDataSource db;

    @Test
    void twoConcurrentIdenticalPosts_makeOneRequest_andBothGetIt() throws Exception {
        concurrentIdenticalPosts_makeOneRequest(2);
    }

    @Test
    void twentyConcurrentIdenticalPosts_makeOneRequest_andAllGetIt() throws Exception {
        concurrentIdenticalPosts_makeOneRequest(20);
    }

    /**
     * {@code n} identical posts with one key, released together by a start gate: one row in the
     * database, every answer a 201 receipt with its id, exactly one of them not a replay.
     */
    private void concurrentIdenticalPosts_makeOneRequest(int n) throws Exception {
        Map<String, Object> form = Forms.valid();
        String key = "double-click-" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Response> post = () -> {
            start.await();
            return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(form)
                    .when().post("/coverage-requests");
        };
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Response> answers = new ArrayList<>();
        try {
            List<Future<Response>> pending = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                pending.add(pool.submit(post));
            }
            start.countDown();
            for (Future<Response> f : pending) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        for (Response answer : answers) {
            assertEquals(201, answer.statusCode(), answer.asString());
        }
        Set<String> ids = answers.stream().map(a -> a.jsonPath().getString("id")).collect(Collectors.toSet());
        assertEquals(1, ids.size(), () -> "one request for one key, got " + ids);
        assertNotNull(ids.iterator().next());
        assertEquals(1, answers.stream().filter(a -> "false".equals(a.header("Idempotent-Replayed"))).count(),
                "exactly one answer is the first submission");
        assertEquals(n - 1, answers.stream().filter(a -> "true".equals(a.header("Idempotent-Replayed"))).count(),
                "every other answer is a replay of it");
        assertEquals(1, rowsWithKey(key));
        assertEquals(ids, Set.of(idWithKey(key)), "the stored row is the one every caller was given");
    }

    @Test
    void sameKey_later_returnsTheFirstRequest() throws SQLException {
        Map<String, Object> form = Forms.valid();
        String key = "retry-" + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(form)
                .when().post("/coverage-requests").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(form)
                .when().post("/coverage-requests").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        assertEquals(1, rowsWithKey(key));
    }

    @Test
    void sameKey_differentBody_isRefused() throws SQLException {
        String key = "reused-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Forms.valid())
                .when().post("/coverage-requests").then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Forms.valid())
                .when().post("/coverage-requests").then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(1, rowsWithKey(key));
    }

    @Test
    void noKey_twoPosts_areTwoRequests() {
        Map<String, Object> form = Forms.valid();
        String a = CoverageApi.submitted(form);
        String b = CoverageApi.submitted(form);
        assertNotEquals(a, b);
    }

    @Test
    void malformedKey_isA400() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "no spaces allowed").body(Forms.valid())
                .when().post("/coverage-requests").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    private String idWithKey(String key) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM coverage_request WHERE idempotency_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no row for " + key);
                return rs.getString(1);
            }
        }
    }

    private int rowsWithKey(String key) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM coverage_request WHERE idempotency_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
