package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.carenetwork.facility.Fixtures.create;
import static org.carenetwork.facility.Fixtures.facility;
import static org.carenetwork.facility.Fixtures.oceanCentre;
import static org.carenetwork.facility.Fixtures.program;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carenetwork.facility.Fixtures;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Listing reports go somewhere: filed OPEN, read at their Location, listed per facility and in a
 * queue across facilities (oldest first, by status), worked by ADMIN and CALL_CENTER through the
 * legal steps only, and, once CONFIRMED, changing what search and reads show.
 */
@QuarkusTest
class ListingReportWorkflowTests {

    private static final String CALL_CENTER = "Bearer " + TestTokens.token("callcenter@carenet.example", "CALL_CENTER");

    private static Response file(String facilityId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/facilities/" + facilityId + "/reports");
    }

    private static String fileReport(String facilityId, String reason) {
        return file(facilityId, Map.of("reason", reason)).then().statusCode(201).extract().path("id");
    }

    private static Response step(String facilityId, String reportId, String status, String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("status", status, "note", "checked: " + status))
                .when().patch("/facilities/" + facilityId + "/reports/" + reportId);
    }

    private static JsonPath read(String facilityId) {
        return given().when().get("/facilities/" + facilityId).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> searchIds(double[] at) {
        return given().queryParam("lat", at[0]).queryParam("lon", at[1]).queryParam("radiusMiles", 10)
                .when().get("/facilities").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void aFiledReport_isOpen_andItsLocationAnswers() {
        String id = create(facility("Report location", oceanCentre(), List.of(program("IOP"))));
        Response filed = file(id, Map.of("reason", "WRONG_ADDRESS", "note", "the street moved"));
        filed.then().statusCode(201).body("status", equalTo("OPEN"))
                .body("history", org.hamcrest.Matchers.hasSize(1))
                .body("history[0].from", nullValue()).body("history[0].to", equalTo("OPEN"))
                .body("history[0].by", equalTo("ANONYMOUS")).body("history[0].note", nullValue());
        String reportId = filed.path("id");
        String location = filed.header("Location");
        assertTrue(location.endsWith("/facilities/" + id + "/reports/" + reportId), location);
        String path = URI.create(location).getPath();
        for (String staff : List.of(CALL_CENTER, Fixtures.admin())) {
            given().header("Authorization", staff).when().get(path).then().statusCode(200)
                    .body("id", equalTo(reportId)).body("facilityId", equalTo(id)).body("status", equalTo("OPEN"))
                    .body("note", equalTo("the street moved")).body("history[0].at", equalTo(filed.path("createdAt")));
        }
        given().when().get(path).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("ADMISSIONS")).when().get(path).then().statusCode(403);
        String other = create(facility("Report elsewhere", oceanCentre(), List.of()));
        given().header("Authorization", CALL_CENTER).when().get("/facilities/" + other + "/reports/" + reportId)
                .then().statusCode(404);
        given().header("Authorization", CALL_CENTER).when().get("/facilities/" + id + "/reports/not-a-uuid")
                .then().statusCode(400).body("errors[0].field", equalTo("reportId"));
    }

    @Test
    void staff_workAReport_throughTheLegalSteps_eachKeptWithWhoWhenAndWhy() {
        String id = create(facility("Report steps", oceanCentre(), List.of(program("OP"))));
        String reportId = fileReport(id, "NOT_ACCEPTING");
        step(id, reportId, "CONFIRMED", CALL_CENTER).then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("history.to", contains("OPEN", "CONFIRMED"))
                .body("history[1].from", equalTo("OPEN"))
                .body("history[1].by", equalTo("callcenter@carenet.example"))
                .body("history[1].note", equalTo("checked: CONFIRMED"));
        // A step the workflow does not have is a 409 naming both statuses, and changes nothing.
        for (String illegal : List.of("OPEN", "CONFIRMED", "DISMISSED")) {
            step(id, reportId, illegal, CALL_CENTER).then().statusCode(409)
                    .body("detail", containsString("CONFIRMED")).body("detail", containsString(illegal))
                    .body("errors[0].field", equalTo("status"));
        }
        step(id, reportId, "FIXED", Fixtures.admin()).then().statusCode(200).body("status", equalTo("FIXED"))
                .body("history.to", contains("OPEN", "CONFIRMED", "FIXED"));
        step(id, reportId, "OPEN", CALL_CENTER).then().statusCode(409)
                .body("detail", containsString("FIXED")).body("detail", containsString("OPEN"));
        given().header("Authorization", CALL_CENTER).when().get("/facilities/" + id + "/reports/" + reportId)
                .then().statusCode(200).body("status", equalTo("FIXED")).body("history", org.hamcrest.Matchers.hasSize(3));

        String dismissed = fileReport(id, "OTHER");
        step(id, dismissed, "DISMISSED", CALL_CENTER).then().statusCode(200);
        step(id, dismissed, "CONFIRMED", CALL_CENTER).then().statusCode(409)
                .body("detail", containsString("DISMISSED")).body("detail", containsString("CONFIRMED"));
        String fixedAtOnce = fileReport(id, "WRONG_ADDRESS");
        step(id, fixedAtOnce, "FIXED", CALL_CENTER).then().statusCode(200).body("history.to", contains("OPEN", "FIXED"));
    }

    @Test
    void aStep_needsAStaffRole_aKnownStatusSpelledExactly_andANote() {
        String id = create(facility("Report refusals", oceanCentre(), List.of()));
        String reportId = fileReport(id, "OTHER");
        String path = "/facilities/" + id + "/reports/" + reportId;
        given().contentType(ContentType.JSON).body(Map.of("status", "DISMISSED", "note", "x")).when().patch(path)
                .then().statusCode(401);
        for (String role : List.of("ADMISSIONS", "PARTNER")) {
            step(id, reportId, "DISMISSED", TestTokens.bearer(role)).then().statusCode(403);
        }
        for (String bad : List.of("dismissed", " DISMISSED", "CLOSED")) {
            step(id, reportId, bad, CALL_CENTER).then().statusCode(400).body("errors[0].field", equalTo("status"));
        }
        given().header("Authorization", CALL_CENTER).contentType(ContentType.JSON).body(Map.of("status", "DISMISSED"))
                .when().patch(path).then().statusCode(400).body("errors[0].field", equalTo("note"));
        step(id, "00000000-0000-4000-8000-000000000000", "DISMISSED", CALL_CENTER).then().statusCode(404);
        given().header("Authorization", CALL_CENTER).when().get(path).then().body("status", equalTo("OPEN"))
                .body("history", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void lists_areOldestFirst_filterByStatus_andTheQueueSpansFacilities() {
        String a = create(facility("Queue A", oceanCentre(), List.of()));
        String b = create(facility("Queue B", oceanCentre(), List.of()));
        String first = fileReport(a, "OTHER");
        String second = fileReport(b, "WRONG_ADDRESS");
        String third = fileReport(a, "NOT_ACCEPTING");
        step(a, third, "DISMISSED", CALL_CENTER).then().statusCode(200);

        given().header("Authorization", CALL_CENTER).when().get("/facilities/" + a + "/reports")
                .then().statusCode(200).body("total", equalTo(2)).body("items.id", contains(first, third));
        given().header("Authorization", CALL_CENTER).queryParam("status", "DISMISSED")
                .when().get("/facilities/" + a + "/reports")
                .then().statusCode(200).body("total", equalTo(1)).body("items.id", contains(third));
        given().header("Authorization", CALL_CENTER).queryParam("status", "OPEN,DISMISSED").queryParam("size", 1)
                .queryParam("page", 1).when().get("/facilities/" + a + "/reports")
                .then().statusCode(200).body("total", equalTo(2)).body("items.id", contains(third));

        List<String> open = queue("OPEN");
        assertTrue(open.indexOf(first) >= 0 && open.indexOf(first) < open.indexOf(second), open::toString);
        assertTrue(!open.contains(third), open::toString);
        assertTrue(queue("DISMISSED").contains(third));
        given().header("Authorization", Fixtures.admin()).queryParam("status", "OPEN").queryParam("size", 1)
                .when().get("/listing-reports").then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(1))
                .body("size", equalTo(1));
        given().header("Authorization", CALL_CENTER).queryParam("status", "open").when().get("/listing-reports")
                .then().statusCode(400).body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("OPEN, CONFIRMED, FIXED, DISMISSED"));
        given().when().get("/listing-reports").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("PARTNER")).when().get("/listing-reports").then().statusCode(403);
    }

    /** Every report in the queue with this status, page by page, checking each page is oldest first. */
    private static List<String> queue(String status) {
        List<String> ids = new ArrayList<>();
        String last = null;
        for (int page = 0; page < 1000; page++) {
            JsonPath body = given().header("Authorization", CALL_CENTER).queryParam("status", status)
                    .queryParam("size", 100).queryParam("page", page).when().get("/listing-reports")
                    .then().statusCode(200).body("items.status", everyItem(equalTo(status))).extract().jsonPath();
            List<String> createdAt = body.getList("items.createdAt");
            for (String at : createdAt) {
                assertTrue(last == null || java.time.Instant.parse(last).compareTo(java.time.Instant.parse(at)) <= 0,
                        () -> "oldest first: " + createdAt);
                last = at;
            }
            ids.addAll(body.getList("items.id"));
            if (ids.size() >= body.getLong("total")) {
                return ids;
            }
        }
        throw new AssertionError("the queue did not end");
    }

    @Test
    void aConfirmedClosedSite_leavesSearch_readsSayClosed_untilFixed() {
        double[] at = oceanCentre();
        String id = create(facility("Closed for good", at, List.of(program("IOP"))));
        String open = create(facility("Still open", Fixtures.destination(at[0], at[1], 90, 2), List.of(program("IOP"))));
        String reportId = fileReport(id, "CLOSED");
        assertEquals(List.of(id, open), searchIds(at), "an OPEN report changes nothing");
        long version = read(id).getLong("version");

        step(id, reportId, "CONFIRMED", CALL_CENTER).then().statusCode(200);
        assertEquals(List.of(open), searchIds(at));
        given().queryParam("q", "closed for good").queryParam("levelOfCare", "IOP").when().get("/facilities")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().queryParam("id", id).when().get("/facilities").then().statusCode(200).body("total", equalTo(0));
        JsonPath closed = read(id);
        assertEquals(true, closed.getBoolean("closed"));
        assertTrue(closed.getLong("version") > version, "the representation changed: a new version");
        assertEquals(false, read(open).getBoolean("closed"));

        step(id, reportId, "FIXED", CALL_CENTER).then().statusCode(200);
        assertEquals(List.of(id, open), searchIds(at));
        assertEquals(false, read(id).getBoolean("closed"));
    }

    @Test
    void closingReports_thatAreNotConfirmedAboutTheSite_changeNothing() {
        double[] at = oceanCentre();
        String id = create(facility("Program closed", at, List.of(program("IOP"), program("OP"))));
        String aboutProgram = file(id, Map.of("reason", "CLOSED", "levelOfCare", "OP")).then().statusCode(201)
                .extract().path("id");
        step(id, aboutProgram, "CONFIRMED", CALL_CENTER).then().statusCode(200);
        String dismissed = fileReport(id, "CLOSED");
        step(id, dismissed, "DISMISSED", CALL_CENTER).then().statusCode(200);
        assertEquals(List.of(id), searchIds(at));
        assertEquals(false, read(id).getBoolean("closed"));
    }

    @Test
    void aConfirmedDisconnectedPhone_isWithheld_untilAnotherNumberIsListedOrTheReportIsFixed() {
        double[] at = oceanCentre();
        String id = create(facility("Dead line", at, List.of(program("IOP")), "phone", "+1-555-010-0001"));
        String reportId = fileReport(id, "PHONE_DISCONNECTED");
        assertEquals("LISTED", read(id).getString("phoneStatus"));

        step(id, reportId, "CONFIRMED", CALL_CENTER).then().statusCode(200);
        JsonPath withheld = read(id);
        assertEquals(null, withheld.getString("phone"));
        assertEquals("DISCONNECTED", withheld.getString("phoneStatus"));
        given().queryParam("lat", at[0]).queryParam("lon", at[1]).when().get("/facilities").then().statusCode(200)
                .body("items[0].id", equalTo(id)).body("items[0].phone", nullValue())
                .body("items[0].phoneStatus", equalTo("DISCONNECTED"));

        // The catalog lists another number: that one is shown.
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(facility("Dead line", at, List.of(program("IOP")), "phone", "+1-555-010-0002",
                        "version", withheld.getLong("version")))
                .when().put("/facilities/" + id).then().statusCode(200)
                .body("phone", equalTo("+1-555-010-0002")).body("phoneStatus", equalTo("LISTED"));
        // Back to the dead number: withheld again, while the report stands confirmed.
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(facility("Dead line", at, List.of(program("IOP")), "phone", "+1-555-010-0001",
                        "version", read(id).getLong("version")))
                .when().put("/facilities/" + id).then().statusCode(200)
                .body("phone", nullValue()).body("phoneStatus", equalTo("DISCONNECTED"));

        step(id, reportId, "FIXED", CALL_CENTER).then().statusCode(200);
        JsonPath fixed = read(id);
        assertEquals("+1-555-010-0001", fixed.getString("phone"));
        assertEquals("LISTED", fixed.getString("phoneStatus"));
    }

    @Test
    void aSiteWithoutAPhone_saysNone() {
        String id = create(facility("No phone", oceanCentre(), List.of(), "phone", null));
        given().when().get("/facilities/" + id).then().statusCode(200)
                .body("phone", nullValue()).body("phoneStatus", equalTo("NONE")).body("closed", equalTo(false));
        given().header("Authorization", CALL_CENTER).when().get("/facilities/" + id + "/reports")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }
}
