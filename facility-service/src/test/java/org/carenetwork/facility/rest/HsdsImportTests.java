package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.carenetwork.facility.Fixtures.create;
import static org.carenetwork.facility.Fixtures.destination;
import static org.carenetwork.facility.Fixtures.facility;
import static org.carenetwork.facility.Fixtures.oceanCentre;
import static org.carenetwork.facility.Fixtures.program;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carenetwork.facility.Fixtures;
import org.carenetwork.facility.HsdsSchemas;
import org.junit.jupiter.api.Test;

/**
 * HSDS in: {@code POST /facilities/import} with {@code application/json; profile="https://openreferral.org/hsds/3.0"}.
 * What {@code GET /hsds/services} answers imports back to the same sites and programs (a round trip), a
 * hand-written dataset maps its terms and rejects what it cannot use with the service's position and
 * the reason, and a body that is no dataset is a 400.
 */
@QuarkusTest
class HsdsImportTests {

    static final String HSDS = "application/json; profile=\"https://openreferral.org/hsds/3.0\"";

    private static ValidatableResponse post(String contentType, String body) {
        return given().header("Authorization", Fixtures.admin()).contentType(contentType)
                .body(body.getBytes(StandardCharsets.UTF_8)).when().post("/facilities/import").then().log().ifValidationFails();
    }

    @Test
    void whatHsdsServicesAnswers_importsBack_asTheSameSitesAndPrograms() throws Exception {
        double[] centre = oceanCentre();
        String tag = "Trip" + UUID.randomUUID().toString().substring(0, 8);
        create(facility(tag + " North", destination(centre[0], centre[1], 0, 5), List.of(
                        // A listing's populations and conditions are its site's (DirectoryRow): each program has them all.
                        program("IOP", "populations", List.of("WOMEN", "ADULTS"), "conditions", List.of("OPIOID_USE")),
                        program("MAT", "medications", List.of("METHADONE", "NALTREXONE"), "populations",
                                List.of("WOMEN", "ADULTS"), "conditions", List.of("OPIOID_USE")),
                        program("RESIDENTIAL", "populations", List.of("WOMEN", "ADULTS"), "conditions",
                                List.of("OPIOID_USE"))),
                "paymentTypes", List.of("MEDICAID", "SLIDING_FEE"), "languages", List.of("en", "es"),
                "phone", "+1-419-555-0177 x5", "website", "https://north.example", "note", "Call first."));
        create(facility(tag + " South", destination(centre[0], centre[1], 180, 5), List.of(program("DETOX"))));
        String exported = given().queryParam("search", tag).queryParam("per_page", 100).when().get("/hsds/services")
                .then().statusCode(200).extract().asString();
        JsonNode page = new ObjectMapper().readTree(exported);
        assertEquals(4, page.get("total_items").asInt());
        for (JsonNode service : page.get("contents")) {
            assertEquals(List.of(), HsdsSchemas.problems(HsdsSchemas.SERVICE, service));
        }

        // The export names the network's own sites: a directory never overwrites them, so all are skipped.
        post(HSDS, exported).statusCode(200).body("format", equalTo("HSDS_JSON"))
                .body("rows", equalTo(2)).body("imported", equalTo(0)).body("skipped", equalTo(2))
                .body("skippedRows.reason", everyItem(containsString("network")))
                .body("rejected", equalTo(0));
        // The same listings at another street address are other sites: imported as directory copies.
        String elsewhere = exported.replace("\"1 Test Way\"", "\"2 Test Way\"");
        post(HSDS, elsewhere).statusCode(200).body("format", equalTo("HSDS_JSON"))
                .body("rows", equalTo(2)).body("imported", equalTo(2)).body("skipped", equalTo(0))
                .body("rejected", equalTo(0));

        // The network's two sites and their two directory copies: the same places, levels and terms.
        given().queryParam("q", tag + " north").when().get("/facilities").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.source", containsInAnyOrder("NETWORK", "DIRECTORY"))
                .body("items.find { it.source == 'DIRECTORY' }.programs.levelOfCare", contains("RESIDENTIAL", "IOP", "MAT"))
                .body("items.find { it.source == 'DIRECTORY' }.programs[0].populations", containsInAnyOrder("WOMEN", "ADULTS"))
                .body("items.find { it.source == 'DIRECTORY' }.programs[0].conditions", contains("OPIOID_USE"))
                .body("items.find { it.source == 'DIRECTORY' }.programs.find { it.levelOfCare == 'MAT' }.medications",
                        containsInAnyOrder("METHADONE", "NALTREXONE"))
                .body("items.find { it.source == 'DIRECTORY' }.paymentTypes", containsInAnyOrder("MEDICAID", "SLIDING_FEE"))
                .body("items.find { it.source == 'DIRECTORY' }.languages", contains("en", "es"))
                .body("items.find { it.source == 'DIRECTORY' }.phone", equalTo("+1-419-555-0177 x5"))
                .body("items.find { it.source == 'DIRECTORY' }.website", equalTo("https://north.example"))
                .body("items.find { it.source == 'DIRECTORY' }.note", equalTo("Call first."))
                .body("items.find { it.source == 'DIRECTORY' }.address.line1", equalTo("2 Test Way"))
                .body("items.find { it.source == 'DIRECTORY' }.address.postalCode", equalTo("43604"))
                .body("items.find { it.source == 'DIRECTORY' }.location.lat",
                        equalTo((float) destination(centre[0], centre[1], 0, 5)[0]))
                .body("items.find { it.source == 'DIRECTORY' }.directoryCodes", hasItem("level_of_care:IOP"));
        given().queryParam("q", tag + " south").when().get("/facilities").then().statusCode(200)
                .body("total", equalTo(2)).body("items.programs.levelOfCare", contains(List.of("DETOX"), List.of("DETOX")));

        // The copies answer the same HSDS terms as the originals.
        JsonNode again = new ObjectMapper().readTree(given().queryParam("search", tag).queryParam("per_page", 100)
                .when().get("/hsds/services").then().statusCode(200).extract().asString());
        assertEquals(8, again.get("total_items").asInt());
        List<String> terms = new ArrayList<>();
        for (JsonNode service : again.get("contents")) {
            List<String> keys = new ArrayList<>();
            service.get("attributes").forEach(a -> keys.add(a.at("/taxonomy_term/taxonomy").asText() + ":"
                    + a.at("/taxonomy_term/code").asText()));
            keys.sort(null);
            terms.add(service.at("/service_at_locations/0/location/name").asText() + " " + keys);
        }
        List<String> firstHalf = new ArrayList<>();
        List<String> secondHalf = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            (terms.get(i).contains(tag + " North") ? firstHalf : secondHalf).add(terms.get(i));
        }
        // Each North program twice (network and directory copy), alike.
        assertEquals(6, firstHalf.size());
        assertEquals(firstHalf.stream().distinct().count() * 2, firstHalf.size(), firstHalf.toString());

        // Importing it again changes nothing.
        post(HSDS, elsewhere).statusCode(200).body("imported", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(2));
    }

    @Test
    void aHandWrittenDataset_mapsItsTerms_andRejectsWhatItCannotUse_withThePositionAndReason() throws Exception {
        String tag = "Hand" + UUID.randomUUID().toString().substring(0, 8);
        String dataset;
        try (InputStream in = getClass().getResourceAsStream("/hsds/dataset.json")) {
            dataset = new String(in.readAllBytes(), StandardCharsets.UTF_8).formatted(tag);
        }
        post(HSDS, dataset).statusCode(200).body("format", equalTo("HSDS_JSON"))
                .body("imported", equalTo(2)).body("rejected", equalTo(5))
                .body("rejections.line", contains(4, 5, 6, 7, 8))
                .body("rejections[0].reason", containsString("no location"))
                .body("rejections[1].reason", containsString("level of care"))
                .body("rejections[2].reason", containsString("two-letter"))
                .body("rejections[3].reason", equalTo("the same site (name and address) as line 1"))
                .body("rejections[4].reason", containsString("object"));
        given().queryParam("q", tag + " lakeside").when().get("/facilities").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].source", equalTo("DIRECTORY"))
                .body("items[0].programs.levelOfCare", contains("IOP", "MAT"))
                .body("items[0].programs[0].populations", contains("VETERANS"))
                .body("items[0].programs.find { it.levelOfCare == 'MAT' }.medications", contains("METHADONE"))
                .body("items[0].paymentTypes", contains("MEDICAID"))
                .body("items[0].languages", contains("es"))
                .body("items[0].phone", equalTo("+1-419-555-0142 x7"))
                .body("items[0].address.state", equalTo("OH"))
                .body("items[0].address.line2", equalTo("Suite 2"))
                .body("items[0].address.postalCode", equalTo("04870"))
                .body("items[0].location.lat", equalTo(-61.5f))
                .body("items[0].note", equalTo("Evening groups."))
                .body("items[0].website", equalTo("https://lakeside.example"))
                .body("items[0].directoryCodes", hasItem("open_eligibility: 1105"));
        given().queryParam("q", tag + " hill").when().get("/facilities").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].programs.levelOfCare", contains("DETOX"));
    }

    @Test
    void aBodyThatIsNoDataset_is400_andACutOffOneKeepsNothing() {
        post(HSDS, "{\"total_items\": 0}").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body")).body("errors[0].message", containsString("no contents"));
        post(HSDS, "{\"contents\": 3}").statusCode(400).body("errors[0].field", equalTo("contents"));
        post(HSDS, "\"services\"").statusCode(400).body("errors[0].field", equalTo("body"));
        post(HSDS, "[]").statusCode(200).body("rows", equalTo(0)).body("format", equalTo("HSDS_JSON"));
        String tag = "Cut" + UUID.randomUUID().toString().substring(0, 8);
        String cut = "{\"contents\": [{\"id\": \"c0a80001-0000-4000-8000-000000000001\", \"name\": \"x\", \"status\": \"active\", "
                + "\"attributes\": [{\"id\": \"c0a80001-0000-4000-8000-0000000000a1\", "
                + "\"taxonomy_term_id\": \"958ce16a-25e5-3fd5-b2b0-670303d77c73\"}], \"service_at_locations\": [{\"id\": "
                + "\"c0a80001-0000-4000-8000-0000000000e1\", \"location\": {\"name\": \"" + tag + " Whole\", \"addresses\": "
                + "[{\"address_1\": \"1 A St\", \"city\": \"Akron\", \"state_province\": \"OH\", \"postal_code\": \"44308\"}]}}]}, "
                + "{\"id\": \"c0a80001-0000-4000-8000-000000000002\", \"name\": \"" + tag + " Cut";
        post(HSDS, cut).statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", startsWith("is not valid JSON: it breaks off in service 2"));
        given().queryParam("q", tag).when().get("/facilities").then().statusCode(200).body("total", equalTo(0));
        // Without the profile, JSON is a FindTreatment export: an HSDS page is not one.
        post("application/json", "{\"contents\": []}").statusCode(400).body("errors[0].message", containsString("rows"));
    }
}
