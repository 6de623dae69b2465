package org.carenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules an integrator meets on every endpoint (issue 20), through the gateway: one spelling per
 * closed value, a query parameter or body field the operation does not take is a 400 naming it, a
 * payer filter that names no payer is a 400 saying where to find its id, problems carry the public
 * path and a stable type; and the care match matches the person (age group, populations, the
 * search's filters) and says which input decided the level.
 */
@QuarkusTest
class IntegratorRulesTests {

    /** Ely, NV: no other test puts sites near it. */
    static final double LAT = 39.2474;
    static final double LON = -114.8886;
    static final double MILE = 1 / 69.05;

    static UUID adultsOnly;
    static UUID forAdolescents;
    static UUID unknownOpenings;
    static UUID cignaOnly;
    static boolean seeded;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        adultsOnly = Catalog.site("IR Adults-only IOP", LAT + MILE, LON, "IOP", 3);
        Catalog.populations(adultsOnly, "IOP", "ADULTS");
        forAdolescents = Catalog.site("IR Adolescent IOP", LAT + 4 * MILE, LON, "IOP", 1);
        Catalog.populations(forAdolescents, "IOP", "ADOLESCENTS");
        unknownOpenings = Catalog.site("IR Listing without openings", LAT + 2 * MILE, LON, "IOP", 0);
        Catalog.openingsUnknown(unknownOpenings);
        cignaOnly = Catalog.site("IR Cigna-only IOP", LAT + 3 * MILE, LON, "IOP", 2);
        Catalog.contract("aetna", "PPO", adultsOnly, "IOP");
        Catalog.contract("cigna", "PPO", cignaOnly, "IOP");
    }

    static List<String> search(String query) {
        return given().urlEncodingEnabled(false).when().get("/api/v1/facilities?lat=" + LAT + "&lon=" + LON
                        + "&radiusMiles=20&levelOfCare=IOP&" + query)
                // The payer filter relays facility-service's page as it is: a few sites, counted exactly.
                .then().statusCode(200).body("totalIsEstimate", equalTo(false)).extract().jsonPath().getList("items.id");
    }

    @Test
    void aListingWithoutContractDataIsUnknownNotOutOfNetwork_andThePayerFilterKeepsItWhenAsked() {
        assertEquals(List.of(adultsOnly.toString()), search("payer=aetna"), "in network only, by default");
        List<String> withUnknown = search("payer=aetna&network=IN_NETWORK,UNKNOWN");
        assertTrue(withUnknown.contains(adultsOnly.toString()), "in network: " + withUnknown);
        assertTrue(withUnknown.contains(unknownOpenings.toString()), "the listing with no contract data: " + withUnknown);
        assertFalse(withUnknown.contains(cignaOnly.toString()), "a contracted site without Aetna is out of network");
        assertEquals(List.of(cignaOnly.toString()), search("payer=aetna&network=OUT_OF_NETWORK"));
        given().queryParam("network", "UNKNOWN").when().get("/api/v1/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("payer"));
        given().queryParam("payer", "aetna").queryParam("network", "MAYBE").when().get("/api/v1/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("network"));
    }

    static Map<String, Object> iop() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("levelOfCare", "IOP");
        body.put("lat", LAT);
        body.put("lon", LON);
        body.put("radiusMiles", 20);
        return body;
    }

    static JsonPath match(Map<String, Object> body) {
        return CareMatchTests.matchOnceRecovered(RestAssured::given, body, a -> true);
    }

    @Test
    void anAdolescentIsMatchedOnlyToProgramsForAdolescentsAndAnAdultNeverToThem() {
        Map<String, Object> teen = iop();
        teen.put("ageGroup", "ADOLESCENT");
        JsonPath forTeen = match(teen);
        List<String> teenIds = forTeen.getList("matches.facility.id");
        assertEquals(List.of(forAdolescents.toString()), teenIds, "an adolescent: only the adolescent program");
        assertEquals("ADOLESCENT", forTeen.getString("ageGroup"));

        JsonPath forAdult = match(iop());
        List<String> adultIds = forAdult.getList("matches.facility.id");
        assertTrue(adultIds.contains(adultsOnly.toString()), "an adult: the adults' program");
        assertFalse(adultIds.contains(forAdolescents.toString()), "an adult: never a program for adolescents only");
        assertEquals("ADULT", forAdult.getString("ageGroup"), "ADULT by default");
        assertEquals("REQUEST", forAdult.getString("levelOfCareFrom"), "the level was the request's");
    }

    @Test
    void populationsFilterAtTheProgram() {
        Map<String, Object> body = iop();
        body.put("population", List.of("ADULTS"));
        List<String> ids = match(body).getList("matches.facility.id");
        assertEquals(List.of(adultsOnly.toString()), ids, "only the program for adults: " + ids);
    }

    @Test
    void unknownOpeningsStayUnknownAndRankAfterKnownOpenings() {
        JsonPath answer = match(iop());
        List<String> ids = answer.getList("matches.facility.id");
        int index = ids.indexOf(unknownOpenings.toString());
        assertTrue(index > 0, "the listing is matched, after the site with openings: " + ids);
        assertNull(answer.get("matches[" + index + "].openings"), "openings nobody knows stay null");
        assertEquals(adultsOnly.toString(), ids.get(0), "3 openings first");
    }

    @Test
    void aFieldTheCareMatchDoesNotHaveIsA400NamingIt() {
        Map<String, Object> body = iop();
        body.put("languages", List.of("es"));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/care-matches")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("languages"))
                .body("type", equalTo("https://carenet.example/problems/invalid-request"))
                .body("instance", equalTo("/api/v1/care-matches"));
    }

    @Test
    void zipPlusFourIsAcceptedWhereverAZipIs() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("levelOfCare", "IOP");
        body.put("zip", "43604-1234");
        CareMatchTests.matchOnceRecovered(RestAssured::given, body, a -> a.getString("levelOfCare").equals("IOP"));
        given().queryParam("zip", "43604-1234").queryParam("levelOfCare", "IOP").when().get("/api/v1/facilities")
                .then().statusCode(200);
    }

    @Test
    void aClosedValueIsSpelledOneWayEverywhere() {
        given().queryParam("levelOfCare", "iop").when().get("/api/v1/facilities")
                .then().statusCode(400).body("errors.field", hasItem("levelOfCare"))
                .body("detail", containsString("DETOX"));
        given().queryParam("levelOfCare", "IOP ").when().get("/api/v1/facilities")
                .then().statusCode(400).body("errors.field", hasItem("levelOfCare"));
        Map<String, Object> body = iop();
        body.put("levelOfCare", "iop");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/care-matches")
                .then().statusCode(400).body("errors.field", hasItem("levelOfCare"));
        given().contentType(ContentType.JSON).body(Map.of("payer", "aetna", "levelOfCare", "iop",
                        "facilityIds", List.of(adultsOnly.toString())))
                .when().post("/api/v1/network-checks")
                .then().statusCode(400).body("errors.field", hasItem("levelOfCare"));
    }

    @Test
    void aQueryParameterTheOperationDoesNotTakeIsA400NamingIt() {
        given().queryParam("levelofcare", "IOP").when().get("/api/v1/facilities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("levelofcare"))
                .body("errors[0].message", containsString("levelOfCare"))
                .body("instance", equalTo("/api/v1/facilities"));
        given().queryParam("q", "blue").when().get("/api/v1/instruments")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void aSingleValuedParameterSentTwiceIsA400() {
        given().urlEncodingEnabled(false).when().get("/api/v1/facilities?zip=43604&zip=00000")
                .then().statusCode(400).body("errors[0].field", equalTo("zip"))
                .body("errors[0].message", containsString("one value"));
        given().urlEncodingEnabled(false).when().get("/api/v1/facilities?payer=aetna&payer=cigna")
                .then().statusCode(400).body("errors[0].field", equalTo("payer"));
    }

    @Test
    void aPayerFilterThatNamesNoPayerSaysWhereToFindTheId() {
        given().queryParam("payer", "Aetna PPO").queryParam("zip", "43604").when().get("/api/v1/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("payer"))
                .body("errors[0].message", containsString("/api/v1/payers?q=Aetna+PPO"));
        given().queryParam("planType", "PPO").when().get("/api/v1/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("payer"))
                .body("errors[0].message", containsString("planType"));
        given().queryParam("payer", "aetna").queryParam("planType", "ppo").when().get("/api/v1/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("planType"));
    }

    @Test
    void aServiceProblemCarriesThePublicPathAndAStableType() {
        String missing = UUID.randomUUID().toString();
        given().when().get("/api/v1/facilities/" + missing)
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/facilities/" + missing))
                .body("type", equalTo("https://carenet.example/problems/not-found"))
                .body("detail", not(containsString("8081")));
        given().when().get("/api/v1/facilities/not-an-id")
                .then().statusCode(400).body("instance", startsWith("/api/v1/"))
                .body("type", equalTo("https://carenet.example/problems/invalid-request"));
    }

    @Test
    void aLevelGivenBesideNoAssessmentSaysItCameFromTheRequest() {
        JsonPath answer = match(iop());
        assertEquals("REQUEST", answer.getString("levelOfCareFrom"));
        assertNull(answer.get("crisisMessage"));
    }
}
