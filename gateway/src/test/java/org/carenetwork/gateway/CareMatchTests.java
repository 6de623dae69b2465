package org.carenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.carenetwork.testing.Eventually;
import org.carenetwork.testing.ServiceProcess;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The care match against the three real services: ranking, the crisis path, detox first, and
 * what the caller gets when a backend is down or hangs.
 */
@QuarkusTest
class CareMatchTests {

    /** Bismarck, ND: no other test puts sites near it. */
    static final double LAT = 46.8083;
    static final double LON = -100.7837;
    static final double MILE = 1 / 69.05;

    static UUID inNetworkNear;
    static UUID inNetworkFar;
    static UUID inNetworkNoOpenings;
    static UUID outOfNetwork;
    static UUID beyondRadius;

    static boolean seeded;

    /** Once per class, but in @BeforeEach: the contracts go through the gateway, whose URL is set per test. */
    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        inNetworkNoOpenings = Catalog.site("CM In network, no openings", LAT + 2 * MILE, LON, "IOP", 0);
        inNetworkNear = Catalog.site("CM In network, 3 mi", LAT + 3 * MILE, LON, "IOP", 2);
        inNetworkFar = Catalog.site("CM In network, 5 mi", LAT + 5 * MILE, LON, "IOP", 2);
        outOfNetwork = Catalog.site("CM Out of network, 1 mi", LAT + MILE, LON, "IOP", 5);
        beyondRadius = Catalog.site("CM In network, 60 mi", LAT + 60 * MILE, LON, "IOP", 9);
        for (UUID site : List.of(inNetworkNoOpenings, inNetworkNear, inNetworkFar, beyondRadius)) {
            Catalog.contract("aetna", "PPO", site, "IOP");
        }
        // Another payer's contract: the network knows this site's contracts, so without Aetna's it is out of
        // network (a site with no contract on file at all would be UNKNOWN).
        Catalog.contract("cigna", "HMO", outOfNetwork, "IOP");
        // The backends may be fresh JVMs that have not yet answered a care match's calls: the first
        // full answer is waited for as after a restart, so the tests below assert what the answers
        // say, not how soon a cold JVM gives them.
        matchOnceRecovered(RestAssured::given, iopNearBismarck(true), BEST_IN_NETWORK);
    }

    static Map<String, Object> iopNearBismarck(boolean withPayer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("levelOfCare", "IOP");
        body.put("lat", LAT);
        body.put("lon", LON);
        body.put("radiusMiles", 50);
        if (withPayer) {
            body.put("payer", "aetna");
            body.put("planType", "PPO");
        }
        return body;
    }

    static JsonPath match(RequestSpecification request, Map<String, Object> body) {
        return request.contentType(ContentType.JSON).body(body).when().post("/api/v1/care-matches")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    static List<String> ids(JsonPath answer) {
        return answer.getList("matches.facility.id");
    }

    /** The nearest match is in network: insurance-service answered for it. */
    static final Predicate<JsonPath> BEST_IN_NETWORK = answer -> "IN_NETWORK".equals(answer.getString("matches[0].network.status"));

    /**
     * After a backend's restart or thaw: the care match, repeated (every 250 ms, at most 60 s) until
     * it is a full answer again (200, nothing degraded) of which {@code expected} holds. The first
     * answers of a cold JVM can miss the care match's budget on a busy machine; what the tests prove
     * is that the answers come back without a gateway restart, not how soon.
     */
    static JsonPath matchOnceRecovered(Supplier<RequestSpecification> request, Map<String, Object> body,
                                       Predicate<JsonPath> expected) {
        Response answer = Eventually.until("a full care match (200, degraded: [])",
                () -> request.get().contentType(ContentType.JSON).body(body).when().post("/api/v1/care-matches").andReturn(),
                a -> a.statusCode() == 200 && a.jsonPath().getList("degraded").isEmpty() && expected.test(a.jsonPath()),
                a -> a.statusCode() + " " + a.asString());
        return answer.jsonPath();
    }

    /**
     * A request whose client gives up after 30 s, far above the care match's 2 s budget: with a
     * backend hung for as long as the call lasts, only a gateway that stops waiting for it on its
     * own answers at all. No elapsed time is asserted; how long the answer takes depends on how
     * busy the machine is.
     */
    static RequestSpecification givenUpAfter30s() {
        int millis = 30_000;
        return given().config(RestAssured.config().httpClient(RestAssured.config().getHttpClientConfig()
                .setParam("http.connection.timeout", millis)
                .setParam("http.socket.timeout", millis)));
    }

    @Test
    void ranking_isInNetworkFirst_thenOpenings_thenDistance() {
        JsonPath answer = match(given(), iopNearBismarck(true));
        assertEquals(List.of(inNetworkNear.toString(), inNetworkFar.toString(), inNetworkNoOpenings.toString(),
                outOfNetwork.toString()), ids(answer));
        assertEquals(List.of("IN_NETWORK", "IN_NETWORK", "IN_NETWORK", "OUT_OF_NETWORK"), answer.getList("matches.network.status"));
        assertEquals(List.of(2, 2, 0, 5), answer.getList("matches.openings"));
        assertEquals("IOP", answer.getString("levelOfCare"));
        assertEquals(false, answer.getBoolean("crisis"));
        assertEquals(List.of(), answer.getList("degraded"));
        assertEquals(3.0, answer.getDouble("matches[0].distanceMiles"), 0.1);
        assertEquals("2020-01-01", answer.getString("matches[0].network.effectiveFrom"));
        assertEquals("Testville", answer.getString("matches[0].facility.address.city"));
    }

    /**
     * Williston, ND (190 miles from Bismarck; no other test puts sites near it): more directory listings
     * nearer than the match ranks (the gateway's 40 nearest), and a site in network 20 miles off. The
     * site in network is still the first match: the contracted sites within the radius are ranked
     * whatever their distance, not only when they are among the nearest.
     */
    @Test
    void aSiteInNetwork_isAMatch_howeverManyListingsAreNearer() {
        double lat = 48.1470;
        double lon = -103.6180;
        Catalog.listings("CM Williston listing", 45, lat, lon, "IOP");
        UUID inNetwork = Catalog.site("CM Williston in network, 20 mi", lat + 20 * MILE, lon, "IOP", 1);
        Catalog.contract("aetna", "PPO", inNetwork, "IOP");
        Map<String, Object> body = new LinkedHashMap<>(iopNearBismarck(true));
        body.put("lat", lat);
        body.put("lon", lon);
        JsonPath answer = match(given(), body);
        assertEquals(inNetwork.toString(), answer.getString("matches[0].facility.id"), () -> answer.prettify());
        assertEquals("IN_NETWORK", answer.getString("matches[0].network.status"));
        assertEquals(20.0, answer.getDouble("matches[0].distanceMiles"), 0.1);
        // Then the nearest listings, nearest first: nobody has their contracts on file.
        assertEquals(20, answer.getList("matches").size());
        assertEquals("CM Williston listing 1", answer.getString("matches[1].facility.name"));
        assertEquals("UNKNOWN", answer.getString("matches[1].network.status"));
        assertEquals("CM Williston listing 19", answer.getString("matches[19].facility.name"));
        assertEquals(List.of(), answer.getList("degraded"));
    }

    @Test
    void withoutAPayer_everyStatusIsUnknown_andOpeningsThenDistanceDecide() {
        JsonPath answer = match(given(), iopNearBismarck(false));
        assertEquals(List.of(outOfNetwork.toString(), inNetworkNear.toString(), inNetworkFar.toString(),
                inNetworkNoOpenings.toString()), ids(answer));
        assertEquals(List.of("UNKNOWN"), answer.getList("matches.network.status").stream().distinct().toList());
        assertEquals(List.of(), answer.getList("degraded"));
    }

    @Test
    void anUnknownPayer_isUnknownForEverySite_notOutOfNetwork() {
        Map<String, Object> body = iopNearBismarck(true);
        body.put("payer", "no-such-payer");
        JsonPath answer = match(given(), body);
        assertEquals(List.of("UNKNOWN"), answer.getList("matches.network.status").stream().distinct().toList());
        assertEquals(List.of(), answer.getList("degraded"));
    }

    @Test
    void crisisAssessment_getsTheCrisisAnswer_andNoFacilities() {
        JsonPath assessment = assess(Map.of("CSSRS-SCREEN", List.of(1, 1, 0, 1, 0, 0)), Map.of());
        assertTrue(assessment.getBoolean("crisis"));
        Map<String, Object> body = iopNearBismarck(true);
        body.remove("levelOfCare");
        body.put("assessmentId", assessment.getString("id"));
        given().header("X-Assessment-Token", assessment.getString("accessToken"))
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/care-matches")
                .then().statusCode(200)
                .body("crisis", equalTo(true))
                .body("crisisMessage", containsString("988"))
                .body("crisisResources", notNullValue())
                .body("matches", empty());
    }

    @Test
    void withdrawalRisk_putsDetoxSitesFirst_thenTheLevelAfterDetox() {
        JsonPath assessment = assess(Map.of(), Map.of("WITHDRAWAL",
                Map.of("substance", "OPIOIDS", "recentUse", "MOST_DAYS", "withdrawal", "UNWELL", "seizureHistory", "NO")));
        assertEquals("DETOX", assessment.getString("recommendation.levelOfCare"));
        String next = assessment.getString("recommendation.nextLevelOfCare");
        assertNotEquals(null, next);
        // Fargo, ND: a detox site farther away than a site running the level after detox.
        double lat = 46.8772;
        double lon = -96.7898;
        UUID detox = Catalog.site("CM Detox, 10 mi", lat + 10 * MILE, lon, "DETOX", 1);
        UUID stepDown = Catalog.site("CM " + next + ", 2 mi", lat + 2 * MILE, lon, next, 4);
        String unrelatedLevel = next.equals("OP") ? "PHP" : "OP";
        UUID unrelated = Catalog.site("CM " + unrelatedLevel + ", 1 mi", lat + MILE, lon, unrelatedLevel, 9);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assessmentId", assessment.getString("id"));
        body.put("lat", lat);
        body.put("lon", lon);
        body.put("radiusMiles", 25);
        JsonPath answer = match(given().header("X-Assessment-Token", assessment.getString("accessToken")), body);
        assertEquals("DETOX", answer.getString("levelOfCare"));
        assertTrue(answer.getBoolean("withdrawalManagement"));
        assertEquals(List.of(detox.toString(), stepDown.toString()), ids(answer));
        assertTrue(!ids(answer).contains(unrelated.toString()));
        assertEquals(List.of("DETOX", next), answer.getList("matches.network.levelOfCare"));
    }

    /**
     * The care match reads the assessment as the caller: with its token, or as staff when the
     * respondent consented to sharing. Anyone else is answered as for an unknown assessment.
     */
    @Test
    void anAssessmentIsReadOnlyWithItsToken_orByStaffWithConsent() {
        JsonPath assessment = assess(Map.of("PHQ-9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 0)), Map.of());
        Map<String, Object> body = iopNearBismarck(false);
        body.remove("levelOfCare");
        body.put("assessmentId", assessment.getString("id"));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/care-matches")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("X-Assessment-Token", "not-the-token").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/care-matches").then().statusCode(400)
                .body("errors.field", hasItem("X-Assessment-Token"));
        given().header("X-Assessment-Token", "A".repeat(43)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/care-matches").then().statusCode(400)
                .body("errors.field", hasItem("assessmentId"));
        given().header("Authorization", TestTokens.bearer("CALL_CENTER")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/care-matches").then().statusCode(400)
                .body("errors.field", hasItem("assessmentId"));
        JsonPath answer = match(given().header("X-Assessment-Token", assessment.getString("accessToken")), body);
        assertEquals(assessment.getString("recommendation.levelOfCare"), answer.getString("levelOfCare"));

        JsonPath shared = assess(Map.of("PHQ-9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 0)), Map.of(), true);
        body.put("assessmentId", shared.getString("id"));
        answer = match(given().header("Authorization", TestTokens.bearer("CALL_CENTER")), body);
        assertEquals(shared.getString("recommendation.levelOfCare"), answer.getString("levelOfCare"));
    }

    @Test
    void anUnknownAssessment_is400NamingTheField() {
        Map<String, Object> body = iopNearBismarck(false);
        body.put("assessmentId", UUID.randomUUID().toString());
        given().header("Authorization", TestTokens.bearer("CALL_CENTER")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/care-matches")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("assessmentId"));
    }

    @Test
    void insuranceServiceStopped_answersWithUnknownNetwork_andSaysSo_thenRecovers() {
        var insurance = ServiceProcess.backend(Backends.INSURANCE);
        insurance.stop();
        try {
            JsonPath answer = match(given(), iopNearBismarck(true));
            assertEquals(List.of("insurance-service"), answer.getList("degraded"));
            assertEquals(List.of("UNKNOWN"), answer.getList("matches.network.status").stream().distinct().toList());
            assertEquals(4, ids(answer).size());
        } finally {
            insurance.start();
        }
        matchOnceRecovered(RestAssured::given, iopNearBismarck(true), BEST_IN_NETWORK);
    }

    @Test
    void insuranceServiceHanging_stillAnswers_degraded() {
        var insurance = ServiceProcess.backend(Backends.INSURANCE);
        insurance.freeze();
        try {
            JsonPath answer = match(givenUpAfter30s(), iopNearBismarck(true));
            assertEquals(List.of("insurance-service"), answer.getList("degraded"));
            assertEquals(4, ids(answer).size());
        } finally {
            insurance.thaw();
        }
    }

    @Test
    void assessmentServiceStopped_usesTheGivenLevel_andSaysSo() {
        JsonPath assessment = assess(Map.of("GAD-7", List.of(1, 1, 1, 1, 1, 1, 1)), Map.of());
        var assessments = ServiceProcess.backend(Backends.ASSESSMENT);
        assessments.stop();
        try {
            Map<String, Object> body = iopNearBismarck(true);
            body.put("assessmentId", assessment.getString("id"));
            JsonPath answer = match(given().header("X-Assessment-Token", assessment.getString("accessToken")), body);
            assertEquals(List.of("assessment-service"), answer.getList("degraded"));
            assertEquals("IOP", answer.getString("levelOfCare"));
            assertEquals(inNetworkNear.toString(), ids(answer).get(0));
        } finally {
            assessments.start();
        }
        // Back: the assessment is read again (nothing degraded; the given level still decides).
        // Waited for, so that no later test's first call meets the restarted service cold.
        Map<String, Object> body = iopNearBismarck(true);
        body.put("assessmentId", assessment.getString("id"));
        matchOnceRecovered(() -> given().header("X-Assessment-Token", assessment.getString("accessToken")), body,
                answer -> "IOP".equals(answer.getString("levelOfCare")));
    }

    @Test
    void facilityServiceStopped_is503WithRetryAfter() {
        var facilities = ServiceProcess.backend(Backends.FACILITY);
        facilities.stop();
        try {
            given().contentType(ContentType.JSON).body(iopNearBismarck(true)).when().post("/api/v1/care-matches")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("detail", not(containsString("Exception")));
        } finally {
            facilities.start();
        }
        matchOnceRecovered(RestAssured::given, iopNearBismarck(true), BEST_IN_NETWORK);
    }

    @Test
    void facilityServiceHanging_is503WithRetryAfter_thenRecovers() {
        var facilities = ServiceProcess.backend(Backends.FACILITY);
        facilities.freeze();
        try {
            givenUpAfter30s().contentType(ContentType.JSON).body(iopNearBismarck(true)).when().post("/api/v1/care-matches")
                    .then().statusCode(503).header("Retry-After", notNullValue());
            givenUpAfter30s().when().get("/api/v1/facilities/" + inNetworkNear).then().statusCode(503)
                    .header("Retry-After", notNullValue());
        } finally {
            facilities.thaw();
        }
        JsonPath answer = matchOnceRecovered(RestAssured::given, iopNearBismarck(true), BEST_IN_NETWORK);
        assertEquals(inNetworkNear.toString(), ids(answer).get(0));
    }

    @Test
    void aCareMatchRequest_mustSayWhatAndWhere() {
        given().contentType(ContentType.JSON).body(Map.of("lat", LAT, "lon", LON)).when().post("/api/v1/care-matches")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("levelOfCare")));
        given().contentType(ContentType.JSON).body(Map.of("levelOfCare", "IOP", "lat", LAT)).when().post("/api/v1/care-matches")
                .then().statusCode(400).body("errors.field", hasItem(containsString("ocation")));
        given().contentType(ContentType.JSON).body(Map.of("levelOfCare", "SPA", "zip", "58501")).when().post("/api/v1/care-matches")
                .then().statusCode(400).body("errors.field", everyItem(equalTo("levelOfCare")));
    }

    /** POST /api/v1/assessments anonymously; answers default to no risk unless given. */
    static JsonPath assess(Map<String, List<Integer>> instruments, Map<String, Map<String, String>> changed) {
        return assess(instruments, changed, false);
    }

    /** The same, with or without the respondent's consent to share it. */
    static JsonPath assess(Map<String, List<Integer>> instruments, Map<String, Map<String, String>> changed, boolean consent) {
        Map<String, Map<String, String>> dimensions = new LinkedHashMap<>();
        dimensions.put("WITHDRAWAL", new HashMap<>(Map.of("substance", "NONE", "recentUse", "NOT_AT_ALL",
                "withdrawal", "NOTHING", "seizureHistory", "NO")));
        dimensions.put("BIOMEDICAL", new HashMap<>(Map.of("physicalHealth", "WELL")));
        dimensions.put("EMOTIONAL", new HashMap<>(Map.of("mentalHealth", "STABLE", "harmThoughts", "NO")));
        dimensions.put("READINESS", new HashMap<>(Map.of("readiness", "READY")));
        dimensions.put("RELAPSE", new HashMap<>(Map.of("continuedUse", "STABLE")));
        dimensions.put("ENVIRONMENT", new HashMap<>(Map.of("home", "SUPPORTIVE")));
        changed.forEach((dimension, answers) -> dimensions.get(dimension).putAll(answers));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("respondent", "SELF");
        body.put("ageGroup", "ADULT");
        body.put("instruments", instruments);
        body.put("dimensions", dimensions);
        body.put("consentToShare", consent);
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/assessments")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void everyMatchIsWithinTheRadius() {
        JsonPath answer = match(given(), iopNearBismarck(true));
        assertTrue(!ids(answer).contains(beyondRadius.toString()));
        answer.getList("matches.distanceMiles", Float.class).forEach(d -> assertTrue(d < 50));
    }
}
