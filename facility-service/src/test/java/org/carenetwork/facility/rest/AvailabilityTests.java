package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.carenetwork.facility.Fixtures.create;
import static org.carenetwork.facility.Fixtures.facility;
import static org.carenetwork.facility.Fixtures.oceanCentre;
import static org.carenetwork.facility.Fixtures.program;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.carenetwork.facility.Fixtures;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Openings: ADMIN and ADMISSIONS confirm them, each confirmation is stamped, and old ones say they are stale. */
@QuarkusTest
class AvailabilityTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void admissions_updatesOpenings_stampedNow_notStale() {
        String id = create(facility("Avail", oceanCentre(), List.of(program("IOP"))));
        Instant before = Instant.now().minusSeconds(5);
        String stamped = given().header("Authorization", TestTokens.bearer("ADMISSIONS")).contentType(ContentType.JSON)
                .body(Map.of("openings", 3, "acceptingNewPatients", true))
                .when().put("/facilities/" + id + "/programs/IOP/availability")
                .then().statusCode(200)
                .body("levelOfCare", equalTo("IOP"))
                .body("openings", equalTo(3))
                .body("openingsStale", equalTo(false))
                .body("openingsUpdatedAt", notNullValue())
                .extract().path("openingsUpdatedAt");
        org.junit.jupiter.api.Assertions.assertTrue(Instant.parse(stamped).isAfter(before), stamped);
        given().when().get("/facilities/" + id).then().body("programs[0].openings", equalTo(3));
    }

    @Test
    void openings_notConfirmedFor48h_areStale_confirmedWithin48h_areNot() throws SQLException {
        String stale = create(facility("Stale", oceanCentre(), List.of(program("IOP"))));
        String fresh = create(facility("Fresh", oceanCentre(), List.of(program("IOP"))));
        confirmedAgo(stale, Duration.ofHours(49));
        confirmedAgo(fresh, Duration.ofHours(47));
        given().when().get("/facilities/" + stale).then().body("programs[0].openingsStale", equalTo(true));
        given().when().get("/facilities/" + fresh).then().body("programs[0].openingsStale", equalTo(false));
    }

    private void confirmedAgo(String id, Duration age) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE program SET openings = 2, openings_updated_at = ? WHERE facility_id = ?::uuid")) {
            s.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minus(age)));
            s.setString(2, id);
            s.executeUpdate();
        }
    }

    @Test
    void unknownProgram_is404_unknownLevel_is400_badBody_is400() {
        String id = create(facility("Only OP", oceanCentre(), List.of(program("OP"))));
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("openings", 1, "acceptingNewPatients", true))
                .when().put("/facilities/" + id + "/programs/IOP/availability").then().statusCode(404);
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("openings", 1, "acceptingNewPatients", true))
                .when().put("/facilities/" + id + "/programs/SPA/availability")
                .then().statusCode(400).body("errors[0].field", equalTo("levelOfCare"));
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("openings", -1, "acceptingNewPatients", true))
                .when().put("/facilities/" + id + "/programs/OP/availability")
                .then().statusCode(400).body("errors[0].field", equalTo("openings"));
    }

    @Test
    void otherRoles_cannotUpdateAvailability() {
        String id = create(facility("Guarded", oceanCentre(), List.of(program("OP"))));
        given().header("Authorization", TestTokens.bearer("CALL_CENTER")).contentType(ContentType.JSON)
                .body(Map.of("openings", 1, "acceptingNewPatients", true))
                .when().put("/facilities/" + id + "/programs/OP/availability").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("openings", 1, "acceptingNewPatients", true))
                .when().put("/facilities/" + id + "/programs/OP/availability").then().statusCode(401);
    }
}
