package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.carenetwork.facility.Fixtures.create;
import static org.carenetwork.facility.Fixtures.facility;
import static org.carenetwork.facility.Fixtures.oceanCentre;
import static org.carenetwork.facility.Fixtures.program;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.carenetwork.facility.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One rule per value, on every endpoint of the service: a closed vocabulary's value is taken exactly
 * as the OpenAPI document spells it (case-sensitive, nothing trimmed), anything else a 400 naming
 * the parameter and listing the values; a ZIP code is 5 digits or ZIP+4, wherever one is taken.
 */
@QuarkusTest
class ValueRuleTests {

    @ParameterizedTest(name = "{0}={1}: 400 listing {2}")
    @CsvSource(delimiter = '|', value = {
            "levelOfCare|'iop '|DETOX, INPATIENT, RESIDENTIAL, PHP, IOP, OP, MAT",
            "levelOfCare|iop|DETOX, INPATIENT, RESIDENTIAL, PHP, IOP, OP, MAT",
            "levelOfCare|' IOP'|DETOX, INPATIENT, RESIDENTIAL, PHP, IOP, OP, MAT",
            "levelOfCare|'IOP, PHP'|DETOX, INPATIENT, RESIDENTIAL, PHP, IOP, OP, MAT",
            "paymentType|medicaid|MEDICAID, MEDICARE",
            "population|Adults|ADULTS",
            "condition|substance_use|SUBSTANCE_USE",
            "schedule|Evening|DAY, EVENING, WEEKEND",
            "medication|methadone|BUPRENORPHINE, METHADONE, NALTREXONE"})
    void search_takesVocabularyValuesExactly(String parameter, String value, String listed) {
        given().queryParam(parameter, value).when().get("/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo(parameter))
                .body("errors[0].message", containsString(listed));
    }

    @Test
    void search_takesTheDocumentsSpelling_repeatedOrCommaSeparated() {
        double[] at = oceanCentre();
        String id = create(facility("Exact values", at, List.of(program("IOP", "schedules", List.of("EVENING")))));
        for (Map<String, ?> query : List.<Map<String, ?>>of(Map.of("levelOfCare", "IOP"), Map.of("levelOfCare", "PHP,IOP"),
                Map.of("levelOfCare", List.of("PHP", "IOP")), Map.of("schedule", "EVENING"))) {
            given().queryParams(query).queryParam("lat", at[0]).queryParam("lon", at[1]).when().get("/facilities")
                    .then().statusCode(200).body("items.id", contains(id));
        }
    }

    @Test
    void availability_takesTheLevelExactly() {
        String id = create(facility("Exact level", oceanCentre(), List.of(program("IOP"))));
        for (String level : List.of("iop", "Iop", "IOP%20")) {
            given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON).urlEncodingEnabled(false)
                    .body(Map.of("openings", 1, "acceptingNewPatients", true))
                    .when().put("/facilities/" + id + "/programs/" + level + "/availability")
                    .then().statusCode(400).body("errors[0].field", equalTo("levelOfCare"))
                    .body("errors[0].message", containsString("DETOX, INPATIENT, RESIDENTIAL, PHP, IOP, OP, MAT"));
        }
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("openings", 1, "acceptingNewPatients", true))
                .when().put("/facilities/" + id + "/programs/IOP/availability").then().statusCode(200);
    }

    @Test
    void bodies_takeVocabularyValuesExactly_too() {
        for (String level : List.of("iop", " IOP", "IOP ")) {
            given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                    .body(facility("Inexact level", oceanCentre(), List.of(program(level))))
                    .when().post("/facilities").then().statusCode(400)
                    .body("errors[0].field", equalTo("programs[0].levelOfCare"))
                    .body("errors[0].message", containsString("DETOX, INPATIENT, RESIDENTIAL, PHP, IOP, OP, MAT"));
        }
        String id = create(facility("Reported exactly", oceanCentre(), List.of()));
        given().contentType(ContentType.JSON).body(Map.of("reason", "closed")).when().post("/facilities/" + id + "/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void aZipPlus4_searchesAroundItsZipCode() {
        List<String> five = given().queryParam("zip", "43604").queryParam("radiusMiles", 1).when().get("/facilities")
                .then().statusCode(200).extract().path("items.id");
        given().queryParam("zip", "43604-1234").queryParam("radiusMiles", 1).when().get("/facilities")
                .then().statusCode(200).body("items.id", equalTo(five));
    }

    @ParameterizedTest(name = "zip={0}: 400")
    @CsvSource({"4360", "436040", "43604-12", "43604-", "'43604 '", "' 43604'", "43604 1234", "ABCDE"})
    void anythingElse_isNotAZipCode(String zip) {
        given().queryParam("zip", zip).when().get("/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("zip"))
                .body("errors[0].message", containsString("5 digits, or ZIP+4"));
    }

    @Test
    void aFacilitysPostalCode_followsTheSameRule() {
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(facility("Zip plus four", oceanCentre(), List.of(), "address",
                        Map.of("line1", "1 Test Way", "city", "Testville", "state", "OH", "postalCode", "43604-1234")))
                .when().post("/facilities").then().statusCode(201).body("address.postalCode", equalTo("43604-1234"));
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(facility("Zip with space", oceanCentre(), List.of(), "address",
                        Map.of("line1", "1 Test Way", "city", "Testville", "state", "OH", "postalCode", "43604 ")))
                .when().post("/facilities").then().statusCode(400).body("errors[0].field", equalTo("address.postalCode"))
                .body("errors[0].message", containsString("5 digits, or ZIP+4"));
    }

    @ParameterizedTest(name = "{0}={1}: 400")
    @CsvSource(delimiter = '|', value = {"lat|' 41.6'", "lat|41.6d", "lon|0x1p3", "radiusMiles|'10 '", "state|'OH '",
            "language|' es'", "acceptingNow|yes"})
    void numbersCodesAndFlags_areTakenAsSent(String parameter, String value) {
        var request = given().queryParam(parameter, value);
        if (parameter.equals("lat")) {
            request.queryParam("lon", -83.5);
        } else if (parameter.equals("lon")) {
            request.queryParam("lat", 41.6);
        } else if (parameter.equals("radiusMiles")) {
            request.queryParam("zip", "43604");
        }
        request.when().get("/facilities").then().statusCode(400).body("errors[0].field", equalTo(parameter));
    }

    @Test
    void medication_findsASiteWithAProgramOfferingIt_whicheverProgramTheOtherFiltersMatch() {
        double[] at = oceanCentre();
        String methadone = create(facility("Medication methadone", at, List.of(program("IOP"),
                program("MAT", "medications", List.of("METHADONE", "NALTREXONE")))));
        String buprenorphine = create(facility("Medication buprenorphine", Fixtures.destination(at[0], at[1], 0, 1),
                List.of(program("MAT", "medications", List.of("BUPRENORPHINE")))));
        create(facility("Medication none", Fixtures.destination(at[0], at[1], 180, 1), List.of(program("IOP"))));
        given().queryParam("lat", at[0]).queryParam("lon", at[1]).queryParam("medication", "METHADONE")
                .when().get("/facilities").then().statusCode(200).body("items.id", contains(methadone));
        given().queryParam("lat", at[0]).queryParam("lon", at[1]).queryParam("medication", "METHADONE", "BUPRENORPHINE")
                .when().get("/facilities").then().statusCode(200)
                .body("items.id", containsInAnyOrder(methadone, buprenorphine));
        given().queryParam("lat", at[0]).queryParam("lon", at[1]).queryParam("medication", "BUPRENORPHINE,NALTREXONE")
                .when().get("/facilities").then().statusCode(200)
                .body("items.id", containsInAnyOrder(methadone, buprenorphine));
        // IOP at a site whose MAT program offers methadone.
        given().queryParam("lat", at[0]).queryParam("lon", at[1]).queryParam("levelOfCare", "IOP")
                .queryParam("medication", "METHADONE").when().get("/facilities")
                .then().statusCode(200).body("items.id", contains(methadone));
        given().queryParam("lat", at[0]).queryParam("lon", at[1]).queryParam("levelOfCare", "IOP")
                .queryParam("medication", "BUPRENORPHINE").when().get("/facilities")
                .then().statusCode(200).body("total", equalTo(0)).body("items.id", not(contains(buprenorphine)));
    }
}
