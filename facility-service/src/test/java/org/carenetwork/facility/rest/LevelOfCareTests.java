package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** GET /levels-of-care over HTTP: the table, in English or Spanish by Accept-Language, cached per language. */
@QuarkusTest
class LevelOfCareTests {

    @Test
    void everyLevel_withItsFigures_inEnglishByDefault() {
        given().when().get("/levels-of-care").then().statusCode(200)
                .header("Content-Language", "en").header("Vary", "Accept-Language")
                .header("Cache-Control", "public, max-age=30")
                .body("levelOfCare", contains("DETOX", "INPATIENT", "RESIDENTIAL", "PHP", "IOP", "OP", "MAT"))
                .body("find { it.levelOfCare == 'IOP' }.asamLevels", contains("2.1"))
                .body("find { it.levelOfCare == 'IOP' }.hoursPerWeekMin", equalTo(9))
                .body("find { it.levelOfCare == 'IOP' }.hoursPerWeekMax", equalTo(19))
                .body("find { it.levelOfCare == 'IOP' }.daysPerWeekMin", equalTo(3))
                .body("find { it.levelOfCare == 'IOP' }.livingSituation", equalTo("HOME"))
                .body("find { it.levelOfCare == 'IOP' }.name", equalTo("Intensive outpatient (IOP)"))
                .body("find { it.levelOfCare == 'PHP' }.hoursPerWeekMin", equalTo(20))
                .body("find { it.levelOfCare == 'PHP' }.hoursPerWeekMax", nullValue())
                .body("find { it.levelOfCare == 'OP' }.hoursPerWeekMax", equalTo(8))
                .body("find { it.levelOfCare == 'RESIDENTIAL' }.roundTheClock", equalTo(true))
                .body("find { it.levelOfCare == 'INPATIENT' }.asamLevels", contains("4"));
    }

    @Test
    void spanish_whenAcceptLanguagePrefersIt() {
        given().header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5").when().get("/levels-of-care").then().statusCode(200)
                .header("Content-Language", "es").header("Vary", "Accept-Language")
                .body("", hasSize(7))
                .body("find { it.levelOfCare == 'IOP' }.name", equalTo("Tratamiento ambulatorio intensivo (IOP)"))
                .body("find { it.levelOfCare == 'PHP' }.livingSituationText", startsWith("Tratamiento durante el día"));
        given().header("Accept-Language", "fr").when().get("/levels-of-care").then().statusCode(200)
                .header("Content-Language", "en");
    }

    @Test
    void eachLanguage_hasItsOwnTag_and304WhileCurrent() {
        String en = given().when().get("/levels-of-care").then().statusCode(200).extract().header("ETag");
        String es = given().header("Accept-Language", "es").when().get("/levels-of-care").then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(en, es);
        given().header("If-None-Match", es).header("Accept-Language", "es").when().get("/levels-of-care").then()
                .statusCode(304).header("ETag", equalTo(es)).header("Vary", "Accept-Language").body(emptyString());
        given().header("If-None-Match", es).when().get("/levels-of-care").then().statusCode(200)
                .header("ETag", equalTo(en));
    }

    @Test
    void anAcceptLanguageOver200Characters_isA400NamingIt() {
        given().header("Accept-Language", "es,".repeat(70)).when().get("/levels-of-care").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Accept-Language"));
    }
}
