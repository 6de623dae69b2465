package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.carenetwork.facility.Fixtures.create;
import static org.carenetwork.facility.Fixtures.destination;
import static org.carenetwork.facility.Fixtures.facility;
import static org.carenetwork.facility.Fixtures.oceanCentre;
import static org.carenetwork.facility.Fixtures.program;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.carenetwork.facility.HsdsSchemas;
import org.carenetwork.facility.domain.HsdsTaxonomy;
import org.carenetwork.vocabulary.LevelOfCare;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The /hsds reads over HTTP against real PostgreSQL, each answer validated against Open Referral's
 * published HSDS 3.0 schemas (compiled service, organization, location): every item of a page, a
 * single service, organizations and locations; and HSDA's parameters (search, taxonomy terms,
 * proximity, paging) with their 400s.
 */
@QuarkusTest
class HsdsTests {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    double[] centre;
    String token;
    String near;
    String far;
    UUID brand;

    /** Two sites around a fresh ocean centre: one of a brand 10 miles out with three programs, one on its own 30 miles out. */
    @BeforeEach
    void sites() throws Exception {
        centre = oceanCentre();
        token = "hsds" + UUID.randomUUID().toString().substring(0, 8);
        brand = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO organization (id, name, website, phone) VALUES (?, ?, ?, ?)")) {
            s.setObject(1, brand);
            s.setString(2, "Brand " + token);
            s.setString(3, "https://brand.example");
            s.setString(4, "+1-833-555-0101");
            s.executeUpdate();
        }
        near = create(facility("Near " + token + " Recovery", destination(centre[0], centre[1], 90, 10), List.of(
                        program("IOP", "schedules", List.of("EVENING", "WEEKEND"), "populations", List.of("WOMEN"),
                                "conditions", List.of("OPIOID_USE"), "hoursPerWeek", 9, "asamLevel", "2.1"),
                        program("MAT", "medications", List.of("BUPRENORPHINE")),
                        program("OP", "schedules", List.of("DAY"))),
                "organizationId", brand.toString(), "paymentTypes", List.of("MEDICAID", "SELF_PAY"),
                "languages", List.of("en", "es", "ase"), "phone", "+1-419-555-0100 x12", "website", "https://near.example",
                "accreditations", List.of("CARF"), "note", "Walk-ins on Mondays."));
        far = create(facility("Far " + token + " Detox", destination(centre[0], centre[1], 180, 30),
                List.of(program("DETOX")), "paymentTypes", List.of("PRIVATE_INSURANCE")));
    }

    private RequestSpecification around() {
        return given().queryParam("lat", centre[0]).queryParam("lon", centre[1]);
    }

    private static JsonNode body(io.restassured.response.Response r) throws Exception {
        return JSON.readTree(r.asString());
    }

    private List<String> programIds(String facility) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM program WHERE facility_id = ?::uuid")) {
            s.setString(1, facility);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    @Test
    void everyServiceOfAPage_isValidAgainstTheCompiledServiceSchema_oneServicePerProgram() throws Exception {
        JsonNode page = body(around().queryParam("proximity", 60000).when().get("/hsds/services").then().statusCode(200)
                .contentType("application/json").extract().response());
        assertEquals(4, page.get("total_items").asInt());
        assertEquals(1, page.get("total_pages").asInt());
        assertEquals(1, page.get("page_number").asInt());
        assertEquals(4, page.get("size").asInt());
        assertTrue(page.get("first_page").asBoolean());
        assertTrue(page.get("last_page").asBoolean());
        assertFalse(page.get("empty").asBoolean());
        Set<String> ids = new HashSet<>();
        for (JsonNode service : page.get("contents")) {
            assertEquals(List.of(), HsdsSchemas.problems(HsdsSchemas.SERVICE, service), service.get("name").asText());
            ids.add(service.get("id").asText());
        }
        Set<String> expected = new HashSet<>(programIds(near));
        expected.addAll(programIds(far));
        assertEquals(expected, ids);
        // Nearest first: the brand's site (10 miles), its programs by level, then the far one (30 miles).
        List<String> levels = new ArrayList<>();
        page.get("contents").forEach(s -> levels.add(levelOf(s)));
        assertEquals(List.of("IOP", "OP", "MAT", "DETOX"), levels);
    }

    @Test
    void theSchema_refusesAServiceWithoutItsStatus_soTheCheckCanFail() throws Exception {
        String id = programIds(far).get(0);
        ObjectNode service = (ObjectNode) body(given().when().get("/hsds/services/" + id).then().statusCode(200)
                .extract().response());
        assertEquals(List.of(), HsdsSchemas.problems(HsdsSchemas.SERVICE, service));
        service.remove("status");
        ((ObjectNode) service.get("organization")).put("website", "not a uri");
        assertEquals(2, HsdsSchemas.problems(HsdsSchemas.SERVICE, service).size(),
                () -> HsdsSchemas.problems(HsdsSchemas.SERVICE, service).toString());
    }

    @Test
    void oneService_isTheProgram_atItsSite_withTheCatalogsValues() throws Exception {
        String iop = null;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id FROM program WHERE facility_id = ?::uuid AND level_of_care = 'IOP'")) {
            s.setString(1, near);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                iop = rs.getString(1);
            }
        }
        JsonNode service = body(given().when().get("/hsds/services/" + iop).then().statusCode(200)
                .contentType("application/json").extract().response());
        assertEquals(List.of(), HsdsSchemas.problems(HsdsSchemas.SERVICE, service));
        assertEquals(iop, service.get("id").asText());
        assertEquals("active", service.get("status").asText());
        assertEquals(brand.toString(), service.get("organization_id").asText());
        assertEquals(brand.toString(), service.at("/organization/id").asText());
        assertEquals("https://near.example", service.get("url").asText());
        assertEquals("CARF", service.get("accreditations").asText());
        assertEquals("Accepts: medicaid, self pay.", service.get("fees_description").asText());
        assertEquals("Designed for: women.", service.get("eligibility_description").asText());
        JsonNode location = service.at("/service_at_locations/0/location");
        assertEquals(near, location.get("id").asText());
        assertEquals(List.of(), HsdsSchemas.problems(HsdsSchemas.LOCATION, location));
        assertEquals("1 Test Way", location.at("/addresses/0/address_1").asText());
        assertEquals("OH", location.at("/addresses/0/state_province").asText());
        assertEquals("43604", location.at("/addresses/0/postal_code").asText());
        assertEquals("+1-419-555-0100", location.at("/phones/0/number").asText());
        assertEquals(12, location.at("/phones/0/extension").asInt());
        assertEquals("Walk-ins on Mondays.", location.get("description").asText());
        assertEquals(destination(centre[0], centre[1], 90, 10)[0], location.get("latitude").asDouble(), 1e-9);
        List<String> languages = new ArrayList<>();
        service.get("languages").forEach(l -> languages.add(l.get("code").asText() + "=" + l.get("name").asText()));
        assertEquals(List.of("en=English", "es=Spanish", "ase=American Sign Language"), languages);
        List<String> schedules = new ArrayList<>();
        service.get("schedules").forEach(s -> schedules.add(s.get("byday").asText() + " " + s.get("description").asText()));
        assertEquals(List.of("MO,TU,WE,TH,FR Evening sessions on weekdays", "SA,SU Weekend sessions"), schedules);
        assertEquals("OH", service.at("/service_areas/0/name").asText());
        List<String> terms = new ArrayList<>();
        service.get("attributes").forEach(a -> terms.add(a.at("/taxonomy_term/taxonomy").asText() + ":"
                + a.at("/taxonomy_term/code").asText()));
        assertEquals(List.of("level_of_care:IOP", "population:WOMEN", "condition:OPIOID_USE"), terms);
        List<String> costs = new ArrayList<>();
        service.get("cost_options").forEach(o -> costs.add(o.get("option").asText() + "="
                + o.at("/attributes/0/taxonomy_term/code").asText()));
        assertEquals(List.of("Medicaid=MEDICAID", "Self pay=SELF_PAY"), costs);
        // A term's id is the same in every answer: the taxonomy's.
        assertEquals(HsdsTaxonomy.LEVEL_OF_CARE.term(LevelOfCare.IOP).id().toString(),
                service.at("/attributes/0/taxonomy_term_id").asText());
        // The same object again, ids and all.
        assertEquals(service, body(given().when().get("/hsds/services/" + iop).then().statusCode(200).extract().response()));
    }

    @Test
    void aServiceOfARemovedSite_orNoProgram_is404_andAMalformedId400() throws Exception {
        String detox = programIds(far).get(0);
        given().header("Authorization", org.carenetwork.facility.Fixtures.admin()).when().delete("/facilities/" + far)
                .then().statusCode(204);
        given().when().get("/hsds/services/" + detox).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/hsds/services/" + UUID.randomUUID()).then().statusCode(404);
        given().when().get("/hsds/services/not-a-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void taxonomyTerms_byKeyOrId_filterThePrograms_themselves() throws Exception {
        assertEquals(List.of("IOP"), levels(around().queryParam("proximity", 60000)
                .queryParam("taxonomy_terms", "level_of_care:IOP")));
        assertEquals(List.of("IOP", "DETOX"), levels(around().queryParam("proximity", 60000)
                .queryParam("taxonomy_terms", "level_of_care:IOP,level_of_care:DETOX")));
        // Terms of two taxonomies: both must hold, for the same program.
        assertEquals(List.of("IOP"), levels(around().queryParam("proximity", 60000)
                .queryParam("taxonomy_terms", "population:WOMEN").queryParam("taxonomy_terms", "condition:OPIOID_USE")));
        assertEquals(List.of(), levels(around().queryParam("proximity", 60000)
                .queryParam("taxonomy_terms", "population:WOMEN").queryParam("taxonomy_terms", "level_of_care:OP")));
        String mat = HsdsTaxonomy.byKey("medication:BUPRENORPHINE").orElseThrow().id().toString();
        assertEquals(List.of("MAT"), levels(around().queryParam("proximity", 60000).queryParam("taxonomy_term_id", mat)));
        // A payment type is the site's: every program of a site that takes it.
        assertEquals(List.of("DETOX"), levels(around().queryParam("proximity", 60000)
                .queryParam("taxonomy_terms", "payment_type:PRIVATE_INSURANCE")));
    }

    @Test
    void proximity_isInMetres_fromLatLonOrAPostcode_nearestFirst() throws Exception {
        // 25 miles (the default): the near site's three programs only; 60 km (37 miles): the far one too.
        assertEquals(List.of("IOP", "OP", "MAT"), levels(around()));
        assertEquals(List.of("IOP", "OP", "MAT"), levels(around().queryParam("proximity", 40234)));
        assertEquals(List.of("IOP", "OP", "MAT", "DETOX"), levels(around().queryParam("proximity", 60000)));
        assertEquals(List.of(), levels(around().queryParam("proximity", 15000)));
        given().queryParam("postcode", "43604").queryParam("proximity", 1000).when().get("/hsds/services")
                .then().statusCode(200).body("page_number", equalTo(1));
    }

    @Test
    void search_findsWordsOfTheSitesName_andPagingIsHsdas() throws Exception {
        JsonNode all = body(given().queryParam("search", token).when().get("/hsds/services").then().statusCode(200)
                .extract().response());
        assertEquals(4, all.get("total_items").asInt());
        // Without a centre: by site name (Far before Near), then level.
        List<String> names = new ArrayList<>();
        all.get("contents").forEach(s -> names.add(levelOf(s)));
        assertEquals(List.of("DETOX", "IOP", "OP", "MAT"), names);
        JsonNode second = body(given().queryParam("search", token + " recovery").queryParam("per_page", 2)
                .queryParam("page", 2).when().get("/hsds/services").then().statusCode(200).extract().response());
        assertEquals(3, second.get("total_items").asInt());
        assertEquals(2, second.get("total_pages").asInt());
        assertEquals(2, second.get("page_number").asInt());
        assertEquals(1, second.get("size").asInt());
        assertFalse(second.get("first_page").asBoolean());
        assertTrue(second.get("last_page").asBoolean());
        assertEquals("MAT", levelOf(second.get("contents").get(0)));
        JsonNode past = body(given().queryParam("search", token).queryParam("page", 9).when().get("/hsds/services")
                .then().statusCode(200).extract().response());
        assertEquals(4, past.get("total_items").asInt());
        assertEquals(0, past.get("size").asInt());
        assertEquals(0, past.get("contents").size());
        JsonNode none = body(given().queryParam("search", token + " nothing").when().get("/hsds/services")
                .then().statusCode(200).extract().response());
        assertTrue(none.get("empty").asBoolean());
        assertEquals(0, none.get("total_pages").asInt());
    }

    @Test
    void organizationId_keepsABrandsServices_orASiteOnItsOwn() throws Exception {
        assertEquals(List.of("IOP", "OP", "MAT"), levels(given().queryParam("organization_id", brand.toString())));
        assertEquals(List.of("DETOX"), levels(given().queryParam("organization_id", far)));
    }

    @Test
    void organizations_areValidAgainstTheSchema_brandsAndSitesOnTheirOwn() throws Exception {
        JsonNode page = body(given().queryParam("search", token).when().get("/hsds/organizations").then().statusCode(200)
                .contentType("application/json").extract().response());
        assertEquals(2, page.get("total_items").asInt());
        Map<String, String> byId = new java.util.HashMap<>();
        for (JsonNode org : page.get("contents")) {
            assertEquals(List.of(), HsdsSchemas.problems(HsdsSchemas.ORGANIZATION, org), org.toString());
            byId.put(org.get("id").asText(), org.get("name").asText());
        }
        assertEquals(Map.of(brand.toString(), "Brand " + token, far, "Far " + token + " Detox"), byId);
        assertEquals("+1-833-555-0101", page.at("/contents/0/phones/0/number").asText());
        JsonNode second = body(given().queryParam("search", token).queryParam("per_page", 1).queryParam("page", 2)
                .when().get("/hsds/organizations").then().statusCode(200).extract().response());
        assertEquals(far, second.at("/contents/0/id").asText());
        assertTrue(second.get("last_page").asBoolean());
        JsonNode past = body(given().queryParam("search", token).queryParam("page", 5).when().get("/hsds/organizations")
                .then().statusCode(200).extract().response());
        assertEquals(2, past.get("total_items").asInt());
        assertEquals(0, past.get("contents").size());
    }

    @Test
    void locations_areValidAgainstTheSchema_andFilterAsServicesDo() throws Exception {
        JsonNode page = body(around().queryParam("proximity", 60000).when().get("/hsds/locations").then().statusCode(200)
                .contentType("application/json").extract().response());
        assertEquals(2, page.get("total_items").asInt());
        List<String> ids = new ArrayList<>();
        for (JsonNode location : page.get("contents")) {
            assertEquals(List.of(), HsdsSchemas.problems(HsdsSchemas.LOCATION, location), location.toString());
            ids.add(location.get("id").asText());
        }
        assertEquals(List.of(near, far), ids);
        JsonNode detox = body(around().queryParam("proximity", 60000).queryParam("taxonomy_terms", "level_of_care:DETOX")
                .when().get("/hsds/locations").then().statusCode(200).extract().response());
        assertEquals(1, detox.get("total_items").asInt());
        assertEquals(far, detox.at("/contents/0/id").asText());
    }

    @Test
    void badValues_are400sNamingTheParameter() {
        bad(given().queryParam("taxonomy_terms", "level_of_care:iop"), "taxonomy_terms");
        bad(given().queryParam("taxonomy_terms", "IOP"), "taxonomy_terms");
        bad(given().queryParam("taxonomy_term_id", "nope"), "taxonomy_term_id");
        bad(given().queryParam("taxonomy_term_id", UUID.randomUUID().toString()), "taxonomy_term_id");
        bad(given().queryParam("proximity", "abc").queryParam("postcode", "43604"), "proximity");
        bad(given().queryParam("proximity", "0").queryParam("postcode", "43604"), "proximity");
        bad(given().queryParam("proximity", "900000").queryParam("postcode", "43604"), "proximity");
        bad(given().queryParam("proximity", "1000"), "proximity");
        bad(given().queryParam("postcode", "4360"), "postcode");
        bad(given().queryParam("lat", "41.6"), "lon");
        bad(given().queryParam("lat", "91").queryParam("lon", "0"), "lat");
        bad(given().queryParam("organization_id", "x"), "organization_id");
        bad(given().queryParam("per_page", "0"), "per_page");
        bad(given().queryParam("per_page", "101"), "per_page");
        bad(given().queryParam("page", "0"), "page");
        bad(given().queryParam("search", "x".repeat(101)), "search");
        bad(given().queryParam("modified_after", "2026-01-01"), "modified_after");
        given().queryParam("page", "0").when().get("/hsds/organizations").then().statusCode(400);
        given().queryParam("taxonomy_terms", "nope").when().get("/hsds/locations").then().statusCode(400)
                .body("errors[0].field", equalTo("taxonomy_terms"));
    }

    private static void bad(RequestSpecification request, String field) {
        request.when().get("/hsds/services").then().statusCode(400).contentType("application/problem+json")
                .body(containsString(field)).body("errors.field", org.hamcrest.Matchers.hasItem(field));
    }

    private static List<String> levels(RequestSpecification request) throws Exception {
        JsonNode page = body(request.when().get("/hsds/services").then().statusCode(200).extract().response());
        List<String> levels = new ArrayList<>();
        page.get("contents").forEach(s -> levels.add(levelOf(s)));
        return levels;
    }

    private static String levelOf(JsonNode service) {
        for (JsonNode a : service.get("attributes")) {
            if (a.at("/taxonomy_term/taxonomy").asText().equals("level_of_care")) {
                return a.at("/taxonomy_term/code").asText();
            }
        }
        throw new AssertionError("no level of care term: " + service);
    }
}
