package org.carenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The writes of the public API, end to end through the gateway: each reaches its service with the
 * caller's identity, request id and Idempotency-Key, and the service's answer (status, body,
 * ETag, Location, Idempotent-Replayed) comes back as the service gave it.
 */
@QuarkusTest
class WriteRoutesTests {

    static final String ADMIN = TestTokens.bearer("ADMIN");

    @Test
    void admin_createsReplacesAndDeletesASite_withOptimisticLocking() {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("name", "Write Routes Recovery Center");
        site.put("address", Map.of("line1", "1 Main St", "city", "Pierre", "state", "SD", "postalCode", "57501"));
        site.put("location", Map.of("lat", 44.3683, "lon", -100.3510));
        site.put("programs", List.of(Map.of("levelOfCare", "OP", "asamLevel", "1")));
        Response created = given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(site)
                .when().post("/api/v1/facilities").then().statusCode(201)
                .header("Location", notNullValue())
                .body("name", equalTo("Write Routes Recovery Center"))
                .extract().response();
        String id = created.path("id");
        String etag = given().when().get("/api/v1/facilities/" + id).then().statusCode(200)
                .header("ETag", notNullValue()).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/facilities/" + id).then().statusCode(304);

        site.put("name", "Write Routes Recovery Center (renamed)");
        given().header("Authorization", ADMIN).header("If-Match", etag).contentType(ContentType.JSON).body(site)
                .when().put("/api/v1/facilities/" + id).then().statusCode(200)
                .body("name", equalTo("Write Routes Recovery Center (renamed)"));
        // The same If-Match again is stale now: refused, nothing overwritten.
        site.put("name", "Lost update");
        given().header("Authorization", ADMIN).header("If-Match", etag).contentType(ContentType.JSON).body(site)
                .when().put("/api/v1/facilities/" + id).then().statusCode(412).contentType("application/problem+json");
        given().when().get("/api/v1/facilities/" + id).then().body("name", equalTo("Write Routes Recovery Center (renamed)"));

        given().header("Authorization", ADMIN).when().delete("/api/v1/facilities/" + id).then().statusCode(204);
        given().when().get("/api/v1/facilities/" + id).then().statusCode(404);
    }

    @Test
    void admissions_updatesOpenings_andTheSearchSeesThem() {
        UUID site = Catalog.site("Write Routes Openings Site", 43.5460, -96.7313, "PHP", 0);
        given().header("Authorization", TestTokens.bearer("ADMISSIONS")).contentType(ContentType.JSON)
                .body(Map.of("openings", 4, "acceptingNewPatients", true))
                .when().put("/api/v1/facilities/" + site + "/programs/PHP/availability")
                .then().statusCode(200).body("openings", equalTo(4));
        given().when().get("/api/v1/facilities?levelOfCare=PHP&acceptingNow=true&lat=43.5460&lon=-96.7313&radiusMiles=5")
                .then().statusCode(200).body("items.id", hasItem(site.toString()));
    }

    @Test
    void aListingReport_isFiledAnonymously_andReadByAdmin() {
        UUID site = Catalog.site("Write Routes Reported Site", 43.5, -97.0, "OP", 1);
        given().contentType(ContentType.JSON).body(Map.of("reason", "PHONE_DISCONNECTED", "note", "rang out"))
                .when().post("/api/v1/facilities/" + site + "/reports").then().statusCode(201);
        given().header("Authorization", ADMIN).when().get("/api/v1/facilities/" + site + "/reports")
                .then().statusCode(200).body("items.reason", hasItem("PHONE_DISCONNECTED"));
    }

    @Test
    void aConfirmedClosedReport_takesTheSiteOutOfSearch_andTheCallCenterWorksIt() {
        UUID site = Catalog.site("Write Routes Closed Site", 43.4, -97.2, "IOP", 1);
        String search = "/api/v1/facilities?levelOfCare=IOP&lat=43.4&lon=-97.2&radiusMiles=1";
        String report = given().contentType(ContentType.JSON).body(Map.of("reason", "CLOSED", "note", "boarded up"))
                .when().post("/api/v1/facilities/" + site + "/reports").then().statusCode(201)
                .body("status", equalTo("OPEN")).extract().path("id");
        String callCenter = TestTokens.bearer("CALL_CENTER");
        given().header("Authorization", callCenter).when().get("/api/v1/facilities/" + site + "/reports/" + report)
                .then().statusCode(200).body("status", equalTo("OPEN"));
        given().header("Authorization", callCenter).when().get("/api/v1/listing-reports?status=OPEN&size=100")
                .then().statusCode(200);
        given().when().get(search).then().statusCode(200).body("items.id", hasItem(site.toString()));

        given().header("Authorization", callCenter).contentType(ContentType.JSON)
                .body(Map.of("status", "CONFIRMED", "note", "called the landlord: closed in November"))
                .when().patch("/api/v1/facilities/" + site + "/reports/" + report).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("history.to", org.hamcrest.Matchers.contains("OPEN", "CONFIRMED"));
        given().when().get(search).then().statusCode(200).body("total", equalTo(0));
        given().when().get("/api/v1/facilities/" + site).then().statusCode(200).body("closed", equalTo(true));
        given().header("Authorization", callCenter).contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN", "note", "reopen"))
                .when().patch("/api/v1/facilities/" + site + "/reports/" + report).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void admin_importsADirectoryFile() {
        String json = "[{\"name1\": \"Gateway Import Test Clinic\", \"street1\": \"9 Elm St\", \"city\": \"Rapid City\","
                + " \"state\": \"SD\", \"zip\": \"57701\", \"latitude\": \"44.08\", \"longitude\": \"-103.23\","
                + " \"services\": [{\"f1\": \"Service Setting\", \"f2\": \"SET\", \"f3\": \"Regular outpatient treatment\"}]}]";
        Response answer = given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/facilities/import").then().statusCode(200).extract().response();
        assertEquals(1, (int) answer.path("imported"), answer.asString());
        given().when().get("/api/v1/facilities?q=Gateway Import Test Clinic&state=SD")
                .then().statusCode(200).body("items.name", hasItem("Gateway Import Test Clinic"));
    }

    @Test
    void coverageRequest_isIdempotent_throughTheGateway_andFollowsTheWorkflow() {
        Map<String, Object> form = coverageForm();
        String key = UUID.randomUUID().toString();
        String requestId = "gw-write-" + UUID.randomUUID();
        Response first = given().header("Idempotency-Key", key).header("X-Request-Id", requestId)
                .contentType(ContentType.JSON).body(form)
                .when().post("/api/v1/coverage-requests").then().statusCode(201)
                .header("X-Request-Id", equalTo(requestId))
                .body("status", equalTo("RECEIVED")).extract().response();
        String id = first.path("id");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(form)
                .when().post("/api/v1/coverage-requests").then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(id));

        given().header("Authorization", TestTokens.bearer("CALL_CENTER")).when().get("/api/v1/coverage-requests/" + id)
                .then().statusCode(200).body("memberId", equalTo(form.get("memberId")))
                .header("Cache-Control", equalTo("no-store"));
        given().header("Authorization", TestTokens.bearer("ADMISSIONS")).contentType(ContentType.JSON)
                .body(Map.of("status", "IN_REVIEW", "note", "calling the payer"))
                .when().patch("/api/v1/coverage-requests/" + id).then().statusCode(200).body("status", equalTo("IN_REVIEW"));
        given().header("Authorization", TestTokens.bearer("ADMISSIONS")).contentType(ContentType.JSON)
                .body(Map.of("status", "RECEIVED", "note", "back"))
                .when().patch("/api/v1/coverage-requests/" + id).then().statusCode(409).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("ADMISSIONS")).when().get("/api/v1/coverage-requests?status=IN_REVIEW")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void theRequestId_reachesTheServicesLog() throws IOException {
        String requestId = "gw-trace-" + UUID.randomUUID();
        given().header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(Map.of("payer", "aetna", "planType", "PPO", "facilityIds", List.of(UUID.randomUUID().toString())))
                .when().post("/api/v1/network-checks").then().statusCode(200).header("X-Request-Id", equalTo(requestId));
        Path log = Path.of("target", "backends", Backends.INSURANCE + ".log");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains(requestId), "insurance-service's log has no line with " + requestId);
    }

    @Test
    void networkContracts_areReadByAdmin() {
        UUID site = Catalog.site("Write Routes Contract Site", 43.7, -98.0, "RESIDENTIAL", 1);
        UUID contract = Catalog.contract("cigna", "HMO", site, "RESIDENTIAL");
        given().header("Authorization", ADMIN).when().get("/api/v1/network-contracts/" + contract)
                .then().statusCode(200).body("facilityId", equalTo(site.toString())).body("payer", equalTo("cigna"));
        given().header("Authorization", ADMIN).when().get("/api/v1/network-contracts?payer=cigna&size=100")
                .then().statusCode(200).body("items.id", hasItem(contract.toString()));
        given().contentType(ContentType.JSON)
                .body(Map.of("payer", "cigna", "planType", "HMO", "facilityIds", List.of(site.toString()), "levelOfCare", "RESIDENTIAL"))
                .when().post("/api/v1/network-checks").then().statusCode(200)
                .body("results[0].status", equalTo("IN_NETWORK"));
    }

    /** A valid form with made-up PHI, each value recorded in target/phi-sent.txt for the log scans. */
    static Map<String, Object> coverageForm() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String memberId = "GW" + random.nextLong(1_000_000_000L, 9_999_999_999L);
        String phone = "(605) 555-" + random.nextInt(1000, 10000);
        String email = "gwphi" + random.nextInt(1_000_000, 10_000_000) + "@example.org";
        String dob = "19" + random.nextInt(50, 99) + "-0" + random.nextInt(1, 10) + "-1" + random.nextInt(0, 10);
        String first = "Gwfirst" + random.nextInt(100000, 999999);
        String last = "Gwlast" + random.nextInt(100000, 999999);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("seekingCareFor", "SELF");
        form.put("firstName", first);
        form.put("lastName", last);
        form.put("dateOfBirth", dob);
        form.put("phone", phone);
        form.put("email", email);
        form.put("preferredContact", "EMAIL");
        form.put("payer", "aetna");
        form.put("planType", "PPO");
        form.put("memberId", memberId);
        form.put("subscriberRelationship", "SELF");
        form.put("consent", Map.of("agreed", true,
                "text", "I agree that the admissions team may contact me and check my insurance benefits.",
                "agreedAt", Instant.now().minusSeconds(30).toString()));
        try {
            Path sent = Path.of("target", "phi-sent.txt");
            Files.createDirectories(sent.getParent());
            Files.writeString(sent, String.join("\n", memberId, phone, phone.replaceAll("[^0-9]", ""), email, dob, first, last) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return form;
    }
}
