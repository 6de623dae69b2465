package org.carenetwork.insurance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carenetwork.insurance.ContractApi;
import org.carenetwork.insurance.FacilityCatalog;
import org.carenetwork.insurance.domain.Payer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** POST /network-checks: one result per facility and level, from the contracts, as of a date. */
@QuarkusTest
class NetworkCheckResourceTests {

    @Inject
    AgroalDataSource db;

    static Map<String, Object> check(String payer, String planType, List<UUID> facilities, String level, String asOf) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("payer", payer);
        if (planType != null) {
            body.put("planType", planType);
        }
        if (facilities != null) {
            body.put("facilityIds", facilities.stream().map(UUID::toString).toList());
        }
        if (level != null) {
            body.put("levelOfCare", level);
        }
        if (asOf != null) {
            body.put("asOf", asOf);
        }
        return body;
    }

    static JsonPath post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/network-checks")
                .then().statusCode(200).extract().jsonPath();
    }

    @ParameterizedTest(name = "{0} {1} as of {2} → {3}")
    @CsvSource({
            "aetna,        PPO,      2025-12-31, OUT_OF_NETWORK, 2026-01-01, 2026-12-31",
            "aetna,        PPO,      2026-01-01, IN_NETWORK,     2026-01-01, 2026-12-31",
            "aetna,        PPO,      2026-12-31, IN_NETWORK,     2026-01-01, 2026-12-31",
            "aetna,        PPO,      2027-01-01, OUT_OF_NETWORK, 2026-01-01, 2026-12-31",
            "aetna,        HMO,      2026-06-01, OUT_OF_NETWORK, ,",
            "cigna,        PPO,      2026-06-01, OUT_OF_NETWORK, ,",
            "Aetna Health, PPO,      2026-06-01, IN_NETWORK,     2026-01-01, 2026-12-31",
            "aetna,        ,         2026-06-01, IN_NETWORK,     2026-01-01, 2026-12-31",
            "acme-health,  PPO,      2026-06-01, UNKNOWN,        ,",
            "aetna,        TRICARE,  2026-06-01, UNKNOWN,        ,",
    })
    void everyStatus_withItsDateEdges(String payer, String planType, String asOf, String status, String from, String to) {
        UUID site = FacilityCatalog.newFacility("Check Status Site");
        ContractApi.create("aetna", "PPO", site, "IOP", "2026-01-01", "2026-12-31");
        JsonPath answer = post(check(payer, planType, List.of(site), "IOP", asOf));
        assertResult(answer, 0, site, "IOP", status, from, to);
        assertEquals(asOf, answer.getString("asOf"));
        assertEquals(1, answer.getList("results").size());
    }

    private static void assertResult(JsonPath answer, int i, UUID site, String level, String status, String from, String to) {
        assertAll(
                () -> assertEquals(site.toString(), answer.getString("results[" + i + "].facilityId")),
                () -> assertEquals(level, answer.getString("results[" + i + "].levelOfCare")),
                () -> assertEquals(status, answer.getString("results[" + i + "].status")),
                () -> assertEquals(from, answer.getString("results[" + i + "].effectiveFrom")),
                () -> assertEquals(to, answer.getString("results[" + i + "].effectiveTo")),
                () -> assertFalse(answer.getString("results[" + i + "].reason").isBlank()));
    }

    @Test
    void noDate_meansToday() {
        UUID site = FacilityCatalog.newFacility("Check Today Site");
        String today = LocalDate.now(java.time.ZoneId.of("America/New_York")).toString();
        ContractApi.create("cigna", "HMO", site, "OP", today, today);
        given().contentType(ContentType.JSON).body(check("cigna", "HMO", List.of(site), "OP", null))
                .when().post("/network-checks")
                .then().statusCode(200)
                .body("asOf", equalTo(today))
                .body("results[0].status", equalTo("IN_NETWORK"));
    }

    @Test
    void noLevel_answersEveryLevel_forEveryFacility_inTheOrderAsked() {
        UUID a = FacilityCatalog.newFacility("Check All Levels A");
        UUID b = FacilityCatalog.newFacility("Check All Levels B");
        ContractApi.create("humana", "PPO", b, "DETOX", "2026-01-01", null);
        JsonPath answer = post(check("humana", "PPO", List.of(b, a), null, "2026-03-01"));
        List<String> levels = List.of("DETOX", "INPATIENT", "RESIDENTIAL", "PHP", "IOP", "OP", "MAT");
        assertEquals(14, answer.getList("results").size());
        for (int i = 0; i < 7; i++) {
            assertResult(answer, i, b, levels.get(i), i == 0 ? "IN_NETWORK" : "OUT_OF_NETWORK",
                    i == 0 ? "2026-01-01" : null, null);
            assertResult(answer, 7 + i, a, levels.get(i), "UNKNOWN", null, null);
        }
    }

    /**
     * Unknown is not "no": a facility no payer has a contract on file for (an imported directory
     * listing) is UNKNOWN with a reason saying the network has no contract data; a facility with
     * contracts, none of them this payer's, is OUT_OF_NETWORK. The same in one check of both.
     */
    @Test
    void aFacilityWithoutAnyContract_isUnknown_notOutOfNetwork() {
        UUID listing = FacilityCatalog.newFacility("Check Directory Listing");
        UUID contracted = FacilityCatalog.newFacility("Check Contracted Elsewhere");
        ContractApi.create("cigna", "PPO", contracted, "IOP", "2026-01-01", null);
        JsonPath single = post(check("aetna", "PPO", List.of(listing), "IOP", "2026-06-01"));
        assertResult(single, 0, listing, "IOP", "UNKNOWN", null, null);
        assertEquals("Unknown: the network has no contract data for this facility (no payer's contract is on file for it, "
                + "as for a directory listing); ask the facility whether it takes the plan", single.getString("results[0].reason"));
        JsonPath batch = post(check("aetna", "PPO", List.of(contracted, listing), null, "2026-06-01"));
        assertEquals(14, batch.getList("results").size());
        for (int i = 0; i < 7; i++) {
            assertEquals("OUT_OF_NETWORK", batch.getString("results[" + i + "].status"));
            assertTrue(batch.getString("results[" + i + "].reason").startsWith("Out of network: no contract with Aetna PPO"),
                    batch.getString("results[" + i + "].reason"));
            assertEquals("UNKNOWN", batch.getString("results[" + (7 + i) + "].status"));
            assertTrue(batch.getString("results[" + (7 + i) + "].reason").contains("no contract data"));
        }
        // An unrecognised payer stays the payer's unknown, whatever is on file for the facility.
        assertTrue(post(check("acme-health", null, List.of(listing), "IOP", null)).getString("results[0].reason")
                .startsWith("Payer 'acme-health' is not recognised"));
    }

    @Test
    void fiftyFacilities_oneAnswerEach() {
        List<UUID> sites = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sites.add(FacilityCatalog.newFacility("Check Batch Site " + i));
        }
        for (int i = 0; i < 50; i += 2) {
            ContractApi.create("unitedhealthcare", "EPO", sites.get(i), "MAT", "2026-01-01", null);
        }
        given().contentType(ContentType.JSON).body(check("UHC", "EPO", sites, "MAT", "2026-05-05"))
                .when().post("/network-checks")
                .then().statusCode(200)
                .body("payer", equalTo("unitedhealthcare"))
                .body("results", hasSize(50))
                .body("results.findAll { it.status == 'IN_NETWORK' }", hasSize(25))
                // the others have no contract of any payer on file: unknown, not out of network
                .body("results.findAll { it.status == 'UNKNOWN' }", hasSize(25))
                .body("results[0].facilityId", equalTo(sites.get(0).toString()))
                .body("results[49].facilityId", equalTo(sites.get(49).toString()));
    }

    @Test
    void noFacilities_meansEveryContractedFacility() {
        UUID site = FacilityCatalog.newFacility("Check Every Facility Site");
        ContractApi.create("molina", "MEDICAID", site, "RESIDENTIAL", "2026-01-01", null);
        given().contentType(ContentType.JSON).body(check("molina", "MEDICAID", null, "RESIDENTIAL", "2026-02-01"))
                .when().post("/network-checks")
                .then().statusCode(200)
                .body("results.findAll { it.status == 'IN_NETWORK' }.facilityId", hasItem(site.toString()))
                .body("results.levelOfCare", everyItem(equalTo("RESIDENTIAL")));
    }

    /**
     * The answer stays bounded (500 facilities × 7 levels): past 500 contracted facilities, a check
     * must name its facilities. The contracts are written straight into the table (no facility-service
     * round trip each) and removed again, so no other test sees them.
     */
    @Test
    void noFacilities_pastFiveHundredContractedFacilities_isA422NamingFacilityIds() throws SQLException {
        String marker = "bulk-" + UUID.randomUUID();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO network_contract (id, payer_id, plan_type, facility_id, level_of_care, effective_from, updated_by)
                SELECT gen_random_uuid(), 'cigna', 'POS', gen_random_uuid(), 'OP', DATE '2026-01-01', ?
                FROM generate_series(1, 501)""")) {
            s.setString(1, marker);
            s.executeUpdate();
        }
        try {
            given().contentType(ContentType.JSON).body(check("cigna", "POS", null, "OP", "2026-02-01"))
                    .when().post("/network-checks")
                    .then().statusCode(422)
                    .body("errors[0].field", equalTo("facilityIds"));
            UUID site = FacilityCatalog.newFacility("Check Named Among Many");
            post(check("cigna", "POS", List.of(site), "OP", "2026-02-01"));
        } finally {
            try (Connection c = db.getConnection();
                 PreparedStatement s = c.prepareStatement("DELETE FROM network_contract WHERE updated_by = ?")) {
                s.setString(1, marker);
                s.executeUpdate();
            }
        }
    }

    /** Jackson reads expanded years; the contract's dates are four-digit (format: date), and answers echo asOf. */
    @ParameterizedTest(name = "asOf {0}")
    @CsvSource({"+10000-01-01", "-0001-01-01"})
    void asOf_pastFourDigitYears_isA400(String asOf) {
        given().contentType(ContentType.JSON).body(check("aetna", null, List.of(UUID.randomUUID()), "OP", asOf))
                .when().post("/network-checks")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void unknownPayer_isUnknownForEveryFacility_withAReason() {
        UUID site = FacilityCatalog.newFacility("Check Unknown Payer Site");
        given().contentType(ContentType.JSON).body(check("Acme Mutual", null, List.of(site), "OP", "2026-02-01"))
                .when().post("/network-checks")
                .then().statusCode(200)
                .body("results[0].status", equalTo("UNKNOWN"))
                .body("results[0].reason", containsString("not recognised"))
                .body("results[0].effectiveFrom", nullValue());
    }

    @Test
    void badInput_isA400NamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("planType", "PPO")).when().post("/network-checks")
                .then().statusCode(400).body("errors.field", hasItem("payer"));
        given().contentType(ContentType.JSON).body(Map.of("payer", "aetna", "levelOfCare", "SPA"))
                .when().post("/network-checks")
                .then().statusCode(400).body("errors[0].field", equalTo("levelOfCare"));
        given().contentType(ContentType.JSON).body(Map.of("payer", "aetna", "facilityIds", List.of("not-a-uuid")))
                .when().post("/network-checks")
                .then().statusCode(400).body("errors[0].field", containsString("facilityIds"));
        // A date that is not one is named with the format expected, and not repeated (common-web's problem mapping).
        given().contentType(ContentType.JSON).body(Map.of("payer", "aetna", "asOf", "2026-13-45"))
                .when().post("/network-checks")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"))
                .body("errors[0].message", equalTo("must be a date as YYYY-MM-DD"))
                .body("detail", not(containsString("2026-13-45")));
    }
}
