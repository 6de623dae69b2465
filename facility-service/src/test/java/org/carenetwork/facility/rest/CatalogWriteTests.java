package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.carenetwork.facility.Fixtures.admin;
import static org.carenetwork.facility.Fixtures.create;
import static org.carenetwork.facility.Fixtures.facility;
import static org.carenetwork.facility.Fixtures.oceanCentre;
import static org.carenetwork.facility.Fixtures.program;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carenetwork.facility.Fixtures;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Catalog writes: ADMIN only, validated, optimistically locked, soft-deleted. */
@QuarkusTest
class CatalogWriteTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void create_returns201WithLocation_andTheStoredFacility() {
        double[] at = oceanCentre();
        Map<String, Object> body = facility("Created Site", at, List.of(
                program("PHP", "asamLevel", "2.5", "hoursPerWeek", 25, "schedules", List.of("DAY")),
                program("IOP", "asamLevel", "2.1", "hoursPerWeek", 12, "schedules", List.of("EVENING"),
                        "therapies", List.of("CBT", "DBT")),
                program("MAT", "medications", List.of("BUPRENORPHINE"))));
        String id = given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .when().post("/facilities")
                .then().statusCode(201)
                .header("Location", containsString("/facilities/"))
                .body("name", equalTo("Created Site"))
                .body("source", equalTo("NETWORK"))
                .body("version", equalTo(0))
                .body("location.lat", equalTo((float) at[0]))
                .body("programs.levelOfCare", equalTo(List.of("PHP", "IOP", "MAT")))
                .body("programs[1].schedules", equalTo(List.of("EVENING")))
                .body("programs[1].openings", equalTo(null))
                .body("programs[1].openingsStale", equalTo(true))
                .body("programs[1].acceptingNewPatients", equalTo(true))
                .body("programs[2].medications", equalTo(List.of("BUPRENORPHINE")))
                .extract().path("id");
        given().when().get("/facilities/" + id).then().statusCode(200).body("programs.size()", equalTo(3));
    }

    @Test
    void php_below20HoursPerWeek_isRefused_namingTheField() {
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(facility("Short PHP", oceanCentre(), List.of(program("PHP", "hoursPerWeek", 12))))
                .when().post("/facilities")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("programs[0].hoursPerWeek"))
                .body("errors[0].message", containsString("at least 20 hours"));
    }

    @Test
    void iop_at20HoursPerWeekOrMore_isRefused_namingTheField() {
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(facility("Long IOP", oceanCentre(), List.of(program("OP"), program("IOP", "hoursPerWeek", 20))))
                .when().post("/facilities")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("programs[1].hoursPerWeek"))
                .body("errors[0].message", containsString("fewer than 20 hours"));
    }

    @Test
    void asamLevel_mustBelongToTheLevelOfCare_andALevelIsListedOnce() {
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(facility("Mixed", oceanCentre(), List.of(program("IOP", "asamLevel", "3.5"), program("IOP"))))
                .when().post("/facilities")
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("programs[0].asamLevel", "programs[1].levelOfCare")));
    }

    @Test
    void malformedFields_are400NamingEachField() {
        Map<String, Object> body = facility("", new double[] {91, 0}, List.of(), "address",
                Map.of("city", "Toledo", "state", "Ohio"));
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .when().post("/facilities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("location.lat"))
                .body("errors.field", hasItem("address.state"));
        Map<String, Object> badEnum = facility("Bad enum", oceanCentre(), List.of(program("SPA")));
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(badEnum)
                .when().post("/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("programs[0].levelOfCare"))
                .body("errors[0].message", containsString("IOP"));
    }

    @Test
    void unknownOrganization_is422NamingIt() {
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(facility("Orphan", oceanCentre(), List.of(), "organizationId", "00000000-0000-4000-8000-000000000001"))
                .when().post("/facilities")
                .then().statusCode(422).body("errors[0].field", equalTo("organizationId"));
    }

    @Test
    void writes_needAdmin() {
        Map<String, Object> body = facility("Nope", oceanCentre(), List.of());
        given().contentType(ContentType.JSON).body(body).when().post("/facilities").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("CALL_CENTER")).contentType(ContentType.JSON).body(body)
                .when().post("/facilities").then().statusCode(403);
    }

    @Test
    void put_withCurrentVersion_replaces_andBumpsTheVersion() {
        Map<String, Object> body = facility("Before", oceanCentre(), List.of(program("OP")));
        String id = create(body);
        body.put("name", "After");
        body.put("version", 0);
        body.put("programs", List.of(program("IOP", "hoursPerWeek", 10)));
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .when().put("/facilities/" + id)
                .then().statusCode(200).body("name", equalTo("After")).body("version", equalTo(1))
                .body("programs.levelOfCare", equalTo(List.of("IOP")));
    }

    @Test
    void put_withStaleVersion_is409_andOverwritesNothing() {
        Map<String, Object> body = facility("First", oceanCentre(), List.of(program("OP")));
        String id = create(body);
        Map<String, Object> first = new HashMap<>(body);
        first.put("name", "Edited by Ann");
        first.put("version", 0);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(first)
                .when().put("/facilities/" + id).then().statusCode(200);
        Map<String, Object> second = new HashMap<>(body);
        second.put("name", "Edited by Bob");
        second.put("version", 0);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(second)
                .when().put("/facilities/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("version"));
        given().when().get("/facilities/" + id).then().body("name", equalTo("Edited by Ann")).body("version", equalTo(1));
    }

    @Test
    void put_withStaleIfMatch_is412_withCurrentIfMatch_succeeds() {
        Map<String, Object> body = facility("Tagged", oceanCentre(), List.of(program("OP")));
        String id = create(body);
        String etag = given().when().get("/facilities/" + id).then().statusCode(200).extract().header("ETag");
        body.put("name", "Tagged once");
        given().header("Authorization", admin()).header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .when().put("/facilities/" + id).then().statusCode(200).body("name", equalTo("Tagged once"));
        body.put("name", "Tagged twice with the old tag");
        given().header("Authorization", admin()).header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .when().put("/facilities/" + id).then().statusCode(412).contentType("application/problem+json");
        given().when().get("/facilities/" + id).then().body("name", equalTo("Tagged once"));
    }

    @Test
    void writes_sendTheETagAReadWould_soTheNextWriteCanUseIt() {
        Map<String, Object> body = facility("Tag from the write", oceanCentre(), List.of(program("OP")));
        var created = given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .when().post("/facilities").then().statusCode(201).header("ETag", notNullValue()).extract();
        String createdTag = created.header("ETag");
        String id = created.path("id");
        assertEquals(createdTag, given().when().get("/facilities/" + id).then().statusCode(200).extract().header("ETag"));
        body.put("name", "Tag from the write, renamed");
        String replacedTag = given().header("Authorization", admin()).header("If-Match", createdTag)
                .contentType(ContentType.JSON).body(body)
                .when().put("/facilities/" + id).then().statusCode(200).extract().header("ETag");
        assertEquals(replacedTag, given().when().get("/facilities/" + id).then().extract().header("ETag"));
        body.put("name", "Tag from the write, renamed again");
        given().header("Authorization", admin()).header("If-Match", replacedTag).contentType(ContentType.JSON).body(body)
                .when().put("/facilities/" + id).then().statusCode(200).body("name", equalTo("Tag from the write, renamed again"));
    }

    @Test
    void delete_answersWhateverAcceptSays_ithasNoBodyToNegotiate() {
        String id = create(facility("Deleted with problem Accept", oceanCentre(), List.of()));
        given().header("Authorization", admin()).accept("application/problem+json")
                .when().delete("/facilities/" + id).then().statusCode(204);
        given().header("Authorization", admin()).accept("application/problem+json")
                .when().delete("/facilities/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void put_withoutVersionOrIfMatch_is400NamingVersion() {
        Map<String, Object> body = facility("Unversioned", oceanCentre(), List.of());
        String id = create(body);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .when().put("/facilities/" + id).then().statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void put_keepsOpeningsOfProgramsThatStay() {
        Map<String, Object> body = facility("Keeps openings", oceanCentre(), List.of(program("IOP"), program("OP")));
        String id = create(body);
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("openings", 4, "acceptingNewPatients", true))
                .when().put("/facilities/" + id + "/programs/IOP/availability").then().statusCode(200);
        long version = given().when().get("/facilities/" + id).then().extract().jsonPath().getLong("version");
        body.put("version", version);
        body.put("programs", List.of(program("IOP", "therapies", List.of("CBT"))));
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .when().put("/facilities/" + id)
                .then().statusCode(200).body("programs[0].openings", equalTo(4))
                .body("programs[0].therapies", equalTo(List.of("CBT")));
    }

    @Test
    void delete_isSoft_goneFromReadsAndSearch_butReportsStay() {
        double[] at = oceanCentre();
        String id = create(facility("To close", at, List.of(program("OP"))));
        given().contentType(ContentType.JSON).body(Map.of("reason", "CLOSED"))
                .when().post("/facilities/" + id + "/reports").then().statusCode(201);
        given().header("Authorization", admin()).when().delete("/facilities/" + id).then().statusCode(204);
        given().when().get("/facilities/" + id).then().statusCode(404);
        given().queryParam("lat", at[0]).queryParam("lon", at[1]).when().get("/facilities")
                .then().body("items.id", not(hasItem(id)));
        given().header("Authorization", admin()).when().delete("/facilities/" + id).then().statusCode(404);
        given().header("Authorization", admin()).when().get("/facilities/" + id + "/reports")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void database_refusesWhatValidationRefuses() throws SQLException {
        String id = create(facility("Db rules", oceanCentre(), List.of()));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException php = assertThrows(SQLException.class, () -> s.execute(
                    "INSERT INTO program (id, facility_id, level_of_care, hours_per_week) VALUES (gen_random_uuid(), '"
                            + id + "', 'PHP', 12)"));
            assertEquals("23514", php.getSQLState());
            assertThrows(SQLException.class, () -> s.execute("UPDATE facility SET lat = 95 WHERE id = '" + id + "'"));
            assertThrows(SQLException.class, () -> s.execute(
                    "UPDATE facility SET payment_types = '{CASH}' WHERE id = '" + id + "'"));
            assertThrows(SQLException.class, () -> s.execute(
                    "INSERT INTO program (id, facility_id, level_of_care) VALUES (gen_random_uuid(), '" + id + "', 'SPA')"));
            for (String tooLong : List.of("line1 = repeat('x', 201)", "note = repeat('x', 2001)",
                    "website = 'https://' || repeat('x', 500)", "phone = repeat('1', 61)", "timezone = repeat('x', 65)")) {
                SQLException length = assertThrows(SQLException.class,
                        () -> s.execute("UPDATE facility SET " + tooLong + " WHERE id = '" + id + "'"), tooLong);
                assertEquals("23514", length.getSQLState());
            }
        }
    }

    @Test
    void minimalRow_asOtherServicesInsertIt_isValid() throws SQLException {
        String id = java.util.UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO facility (id, name, city, state, source) VALUES ('" + id + "', 'Bare', 'Toledo', 'OH', 'NETWORK')");
        }
        given().when().get("/facilities/" + id).then().statusCode(200)
                .body("programs.size()", equalTo(0)).body("paymentTypes.size()", equalTo(0))
                .body("updatedAt", notNullValue());
    }
}
