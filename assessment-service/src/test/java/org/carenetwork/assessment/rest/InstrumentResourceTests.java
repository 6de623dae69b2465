package org.carenetwork.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The instruments over HTTP: definitions, FHIR Questionnaires, stateless scoring; all anonymous. */
@QuarkusTest
class InstrumentResourceTests {

    @Test
    void list_isAnonymous_andHoldsEveryScreener() {
        given().when().get("/instruments")
                .then().statusCode(200)
                .body("items.code", contains("PHQ-9", "GAD-7", "AUDIT", "AUDIT-C", "DAST-10", "CSSRS-SCREEN"))
                .body("total", equalTo(6))
                .body("items[0].items", hasSize(9))
                .body("items[0].bands[4].code", equalTo("SEVERE"));
    }

    @Test
    void oneInstrument_hasItemsOptionsScoresBandsAndSkipRules() {
        given().when().get("/instruments/AUDIT")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("name", equalTo("Alcohol Use Disorders Identification Test"))
                .body("items[8].loinc", equalTo("68526-3"))
                .body("items[8].options.score", contains(0, 2, 4))
                .body("total.max", equalTo(40))
                .body("bands.code", contains("ZONE_I", "ZONE_II", "ZONE_III", "ZONE_IV"))
                .body("skipRules[0].skip", contains(2, 3, 4, 5, 6, 7, 8))
                .body("skipRules[0].mode", equalTo("MAY"));
    }

    @Test
    void everyInstrument_asFhirJson_isAValidR4Questionnaire() {
        for (String code : List.of("PHQ-9", "GAD-7", "AUDIT", "AUDIT-C", "DAST-10", "CSSRS-SCREEN")) {
            String body = given().accept("application/fhir+json").when().get("/instruments/" + code)
                    .then().statusCode(200).contentType("application/fhir+json")
                    .extract().asString();
            assertEquals(List.of(), FhirQuestionnaireTests.errors(body), code);
            assertEquals(code.replace("-", ""), FhirQuestionnaireTests.parse(body).getName());
        }
    }

    @Test
    void unknownInstrument_is404Problem() {
        given().when().get("/instruments/BDI-II")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("BDI-II"));
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(0))).when().post("/instruments/nope/score")
                .then().statusCode(404);
    }

    /** The contract's format for a code; before it, a path of up to 4 KiB came back whole in the 404's detail. */
    @Test
    void codeOutsideTheFormat_is400NamingIt_withoutEchoingItWhole() {
        String detail = given().when().get("/instruments/" + "X".repeat(4000))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"))
                .extract().path("detail");
        assertTrue(detail.length() < 200, detail);
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(0))).when().post("/instruments/PHQ_9/score")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().when().get("/instruments/phq-9").then().statusCode(200).body("code", equalTo("PHQ-9"));
    }

    @Test
    void score_phq9_givesTotalBandAndFlags_andStoresNothing() {
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(2, 2, 2, 2, 2, 2, 1, 1, 0)))
                .when().post("/instruments/PHQ-9/score")
                .then().statusCode(200)
                .body("instrument", equalTo("PHQ-9"))
                .body("total", equalTo(14))
                .body("band", equalTo("MODERATE"))
                .body("flags", hasSize(0));
    }

    @Test
    void score_phq9Item9_isFlagged() {
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(0, 0, 0, 0, 0, 0, 0, 0, 2)))
                .when().post("/instruments/PHQ-9/score")
                .then().statusCode(200)
                .body("band", equalTo("MINIMAL"))
                .body("flags[0].code", equalTo("SELF_HARM_THOUGHTS"));
    }

    @Test
    void score_cssrs_withSkippedItemsAsNull() {
        given().contentType(ContentType.JSON).body("{\"answers\":[1,0,null,null,null,2]}")
                .when().post("/instruments/CSSRS-SCREEN/score")
                .then().statusCode(200)
                .body("total", nullValue())
                .body("band", equalTo("HIGH"))
                .body("flags[0].code", equalTo("SUICIDE_RISK_HIGH"));
    }

    @Test
    void score_highRisk_isACrisisAnswer_first_withTheResources_asAnAssessmentWouldBe() {
        String body = given().contentType(ContentType.JSON).body("{\"answers\":[1,1,1,1,0,0]}")
                .when().post("/instruments/CSSRS-SCREEN/score")
                .then().statusCode(200)
                .body("crisis", equalTo(true))
                .body("crisisMessage", containsString("988"))
                .body("crisisResources[0].contact", containsString("988"))
                .body("crisisResources[1].contact", containsString("911"))
                .body("band", equalTo("HIGH"))
                .extract().asString();
        assertTrue(body.startsWith("{\"crisis\":true,\"crisisMessage\""), "crisis first: " + body);
        given().contentType(ContentType.JSON)
                .body("{\"respondent\":\"SELF\",\"ageGroup\":\"ADULT\",\"instruments\":{\"CSSRS-SCREEN\":[1,1,1,1,0,0]}}")
                .when().post("/assessments").then().statusCode(201).body("crisis", equalTo(true));
    }

    @Test
    void score_withoutRisk_saysNoCrisis_andStillListsWhereToTurn() {
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(1, 1, 0, 0, 1, 0, 0, 1, 0)))
                .when().post("/instruments/PHQ-9/score")
                .then().statusCode(200)
                .body("crisis", equalTo(false))
                .body("crisisMessage", nullValue())
                .body("crisisResources", hasSize(3))
                .body("incompleteAnswers", nullValue());
    }

    @Test
    void score_answersThatBreakTheSkipRules_butSayIntent_areTheCrisisAnswer_notA400() {
        // Question 2 "no", so 3 to 5 are skipped; yet question 4 (intent) is answered "yes".
        given().contentType(ContentType.JSON).body("{\"answers\":[1,0,null,1,null,0]}")
                .when().post("/instruments/CSSRS-SCREEN/score")
                .then().statusCode(200)
                .body("crisis", equalTo(true))
                .body("crisisResources[0].contact", containsString("988"))
                .body("incompleteAnswers.field", contains("answers[3]"));
    }

    @Test
    void score_valueTheItemDoesNotAllow_is400NamingTheItem() {
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(0, 0, 0, 4, 0, 0, 0, 0, 0)))
                .when().post("/instruments/PHQ-9/score")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("answers[3]"))
                .body("errors[0].message", containsString("allowed: 0, 1, 2, 3"));
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(1, 0, 0, 0, 0, 0, 0, 0, 1, 0)))
                .when().post("/instruments/AUDIT/score")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("answers[8]"));
    }

    @Test
    void score_wrongItemCount_is400() {
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(0, 0, 0)))
                .when().post("/instruments/GAD-7/score")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("answers"))
                .body("errors[0].message", containsString("7 items"));
    }

    @Test
    void score_requiredItemSkipped_orSkippedItemAnswered_is400() {
        given().contentType(ContentType.JSON).body("{\"answers\":[1,1,null,0,0,0]}")
                .when().post("/instruments/CSSRS-SCREEN/score")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("answers[2]"))
                .body("errors[0].message", containsString("is required"));
        given().contentType(ContentType.JSON).body("{\"answers\":[0,0,0,0,0,0]}")
                .when().post("/instruments/CSSRS-SCREEN/score")
                .then().statusCode(400)
                .body("errors.field", contains("answers[2]", "answers[3]", "answers[4]"));
    }

    @Test
    void score_withoutBody_orWithNonNumbers_is400() {
        given().contentType(ContentType.JSON).when().post("/instruments/GAD-7/score")
                .then().statusCode(400).body("errors[0].field", equalTo("answers"));
        given().contentType(ContentType.JSON).body("{\"answers\":[\"often\"]}").when().post("/instruments/GAD-7/score")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
