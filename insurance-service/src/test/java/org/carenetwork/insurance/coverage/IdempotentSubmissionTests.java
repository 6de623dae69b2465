package org.carenetwork.insurance.coverage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carenetwork.insurance.Forms;
import org.junit.jupiter.api.Test;

/** A double-click (the same Idempotency-Key and body, even at the same moment) makes one request. */
@QuarkusTest
class IdempotentSubmissionTests {

    @Inject
    AgroalDataSource db;

    @Test
    void twoConcurrentIdenticalPosts_makeOneRequest_andBothGetIt() throws Exception {
        Map<String, Object> form = Forms.valid();
        String key = "double-click-" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Response> post = () -> {
            start.await();
            return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(form)
                    .when().post("/coverage-requests");
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Response> a = pool.submit(post);
            Future<Response> b = pool.submit(post);
            start.countDown();
            Response first = a.get();
            Response second = b.get();
            assertEquals(201, first.statusCode(), first.asString());
            assertEquals(201, second.statusCode(), second.asString());
            assertEquals(first.jsonPath().getString("id"), second.jsonPath().getString("id"));
            assertEquals(List.of("false", "true"),
                    List.of(first.header("Idempotent-Replayed"), second.header("Idempotent-Replayed")).stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, rowsWithKey(key));
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
