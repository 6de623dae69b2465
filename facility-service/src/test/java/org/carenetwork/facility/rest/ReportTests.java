package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.carenetwork.facility.Fixtures.create;
import static org.carenetwork.facility.Fixtures.facility;
import static org.carenetwork.facility.Fixtures.oceanCentre;
import static org.carenetwork.facility.Fixtures.program;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.carenetwork.facility.Fixtures;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Anyone may flag a listing as wrong; staff (ADMIN, CALL_CENTER) read the flags. */
@QuarkusTest
class ReportTests {

    @Test
    void anonymousAndCallCenter_report_staffReadOldestFirst() {
        String id = create(facility("Reported", oceanCentre(), List.of(program("IOP"))));
        given().contentType(ContentType.JSON).body(Map.of("reason", "PHONE_DISCONNECTED", "note", "rang out twice"))
                .when().post("/facilities/" + id + "/reports")
                .then().statusCode(201).body("reason", equalTo("PHONE_DISCONNECTED")).body("reportedBy", equalTo("ANONYMOUS"));
        given().header("Authorization", TestTokens.bearer("CALL_CENTER")).contentType(ContentType.JSON)
                .body(Map.of("reason", "NOT_ACCEPTING", "levelOfCare", "IOP"))
                .when().post("/facilities/" + id + "/reports")
                .then().statusCode(201).body("reportedBy", equalTo("CALL_CENTER"));
        for (String staff : List.of(Fixtures.admin(), TestTokens.bearer("CALL_CENTER"))) {
            given().header("Authorization", staff).when().get("/facilities/" + id + "/reports")
                    .then().statusCode(200).body("total", equalTo(2))
                    .body("items[0].note", equalTo("rang out twice")).body("items[0].status", equalTo("OPEN"))
                    .body("items[1].reason", equalTo("NOT_ACCEPTING")).body("items[1].levelOfCare", equalTo("IOP"));
        }
    }

    @Test
    void reports_areReadByStaffOnly() {
        String id = create(facility("Private reports", oceanCentre(), List.of()));
        given().when().get("/facilities/" + id + "/reports").then().statusCode(401);
        for (String role : List.of("ADMISSIONS", "PARTNER")) {
            given().header("Authorization", TestTokens.bearer(role)).when().get("/facilities/" + id + "/reports")
                    .then().statusCode(403);
        }
    }

    @Test
    void badReason_is400_unknownFacility_is404() {
        String id = create(facility("Bad reports", oceanCentre(), List.of()));
        given().contentType(ContentType.JSON).body(Map.of("reason", "RUDE"))
                .when().post("/facilities/" + id + "/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("note", "no reason"))
                .when().post("/facilities/" + id + "/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "CLOSED"))
                .when().post("/facilities/00000000-0000-4000-8000-000000000000/reports").then().statusCode(404);
    }

    @Test
    void aReport_namesTheReportersRole_neverAnotherGroupOfTheirToken() {
        String id = create(facility("Reported by role", oceanCentre(), List.of(program("OP"))));
        given().header("Authorization", TestTokens.bearer("Ann Example", "CALL_CENTER")).contentType(ContentType.JSON)
                .body(Map.of("reason", "CLOSED")).when().post("/facilities/" + id + "/reports")
                .then().statusCode(201).body("reportedBy", equalTo("CALL_CENTER"));
        given().header("Authorization", TestTokens.bearer("Ann Example")).contentType(ContentType.JSON)
                .body(Map.of("reason", "CLOSED")).when().post("/facilities/" + id + "/reports")
                .then().statusCode(201).body("reportedBy", equalTo("AUTHENTICATED"));
    }

    @Test
    void reportPages_stopAtPage100000() {
        String id = create(facility("Deep reports", oceanCentre(), List.of()));
        given().header("Authorization", Fixtures.admin()).queryParam("page", 100001)
                .when().get("/facilities/" + id + "/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }
}
