package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.carenetwork.testing.LocalPostgres;
import org.junit.jupiter.api.Test;

/** Ready means the database answers: cut the database away and the service says so, then recovers. */
@QuarkusTest
class ReadinessTests {

    @Test
    void ready_whileDatabaseAnswers_downWhenItIsCut_upAgainWhenRestored() throws Exception {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200);
        try {
            LocalPostgres.proxy().cut();
            awaitReadiness(503);
            given().when().get("/q/health/ready").then().body("status", equalTo("DOWN"));
            given().when().get("/q/health/live").then().statusCode(200);
        } finally {
            LocalPostgres.proxy().restore();
        }
        awaitReadiness(200);
    }

    private static void awaitReadiness(int status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int last = -1;
        while (Instant.now().isBefore(deadline)) {
            last = given().when().get("/q/health/ready").statusCode();
            if (last == status) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("readiness stayed " + last + ", expected " + status);
    }
}
