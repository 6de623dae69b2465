package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.carenetwork.facility.Fixtures.create;
import static org.carenetwork.facility.Fixtures.facility;
import static org.carenetwork.facility.Fixtures.oceanCentre;
import static org.carenetwork.facility.Fixtures.program;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.carenetwork.facility.Fixtures;
import org.carenetwork.testing.LocalPostgres;
import org.junit.jupiter.api.Test;

/**
 * A database restart is not the caller's fault nor a bug: while the database cannot be reached,
 * reads and writes answer 503 with Retry-After (the gateway relays it as such), never a 500, and
 * the same calls work again once it is back. Found by deploy/faults/run.sh, where a PostgreSQL
 * restart gave 500s that the gateway turned into 502s.
 */
@QuarkusTest
class DatabaseOutageTests {

    @Test
    void whileTheDatabaseIsCut_readsAndWritesAre503WithRetryAfter_thenWorkAgain() throws Exception {
        double[] at = oceanCentre();
        String id = create(facility("Outage", at, List.of(program("IOP"))));
        try {
            LocalPostgres.proxy().cut();
            given().queryParam("lat", at[0]).queryParam("lon", at[1]).when().get("/facilities")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body("detail", equalTo("The database is not available; try again shortly"));
            availability(id, 4).then().statusCode(503).header("Retry-After", "5");
        } finally {
            LocalPostgres.proxy().restore();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (availability(id, 4).statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the availability update did not work again within 30 s of the database's return");
            }
            Thread.sleep(100);
        }
        given().when().get("/facilities/" + id).then().statusCode(200).body("programs[0].openings", equalTo(4));
    }

    private static io.restassured.response.Response availability(String id, int openings) {
        return given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("openings", openings, "acceptingNewPatients", true))
                .when().put("/facilities/" + id + "/programs/IOP/availability");
    }
}
