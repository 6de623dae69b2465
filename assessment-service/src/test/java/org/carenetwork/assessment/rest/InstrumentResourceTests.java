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

    /** Spanish where a published Spanish text is held (PHQ-9, GAD-7, AUDIT, AUDIT-C), English elsewhere; same scores. */
    @Test
    void acceptLanguageEs_servesThePublishedSpanishTexts_andOnlyThose() {
        given().header("Accept-Language", "es").when().get("/instruments/PHQ-9")
                .then().statusCode(200)
                .header("Content-Language", "es")
                .header("Vary", containsString("Accept-Language"))
                .body("language", equalTo("es"))
                .body("timeframe", equalTo("Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a "
                        + "los siguientes problemas?"))
                .body("items[0].text", equalTo("Poco interés o placer en hacer cosas"))
                .body("items[8].options.text", contains("Ningún día", "Varios días", "Más de la mitad de los días",
                        "Casi todos los días"))
                .body("items[8].options.score", contains(0, 1, 2, 3))
                .body("items[8].loinc", equalTo("44260-8"))
                .body("source", containsString("Spanish for the USA"));
        given().header("Accept-Language", "es-MX").when().get("/instruments/audit")
                .then().statusCode(200).header("Content-Language", "es")
                .body("items[0].text", equalTo("¿Con qué frecuencia consume alguna bebida alcohólica?"))
                .body("items[9].options.score", contains(0, 2, 4))
                .body("items[9].options.text", contains("No", "Sí, pero no en el curso del último año", "Sí, el último año"))
                .body("source", containsString("WHO/MSD/MSB/01.6a"));
        given().header("Accept-Language", "es").when().get("/instruments/GAD-7")
                .then().statusCode(200).header("Content-Language", "es")
                .body("items[0].text", equalTo("Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta"))
                .body("items.options.score.flatten()", hasSize(28));
        for (String code : List.of("DAST-10", "CSSRS-SCREEN")) {
            given().header("Accept-Language", "es").when().get("/instruments/" + code)
                    .then().statusCode(200).header("Content-Language", "en").body("language", equalTo("en"));
        }
        given().when().get("/instruments/PHQ-9")
                .then().statusCode(200).header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"))
                .body("language", equalTo("en"))
                .body("items[0].text", equalTo("Little interest or pleasure in doing things"));
        given().header("Accept-Language", "fr, es;q=0.8").when().get("/instruments")
                .then().statusCode(200).header("Content-Language", "es, en")
                .body("items.language", contains("es", "es", "es", "es", "en", "en"));
        given().header("Accept-Language", "en-GB, es;q=0.9").when().get("/instruments")
                .then().statusCode(200).header("Content-Language", "en")
                .body("items.language", contains("en", "en", "en", "en", "en", "en"));
    }

    /** A language preference never refuses an answer: values of any shape give English or Spanish, never an error. */
    @Test
    void acceptLanguage_ofAnyShape_isNeverAnError() {
        for (String value : List.of("", "*", ";;;", "es;q=abc", "x".repeat(3000), "es;q=0, en", "zz-ZZ", "ES")) {
            given().header("Accept-Language", value).when().get("/instruments/PHQ-9")
                    .then().statusCode(200);
        }
        given().header("Accept-Language", "es;q=0, en").when().get("/instruments/PHQ-9")
                .then().header("Content-Language", "en");
        given().header("Accept-Language", "ES").when().get("/instruments/PHQ-9")
                .then().header("Content-Language", "es");
    }

    /** Scoring is the same in both languages; a crisis answer gives the Spanish crisis message and lines. */
    @Test
    void score_inSpanish_sameResult_spanishCrisisTexts() {
        Map<String, Object> cssrs = Map.of("answers", java.util.Arrays.asList(1, 0, null, null, null, 2));
        given().contentType(ContentType.JSON).header("Accept-Language", "es").body(cssrs)
                .when().post("/instruments/CSSRS-SCREEN/score")
                .then().statusCode(200)
                .header("Content-Language", "es, en")
                .body("crisis", equalTo(true))
                .body("crisisMessage", equalTo(org.carenetwork.vocabulary.Crisis.MESSAGE_ES))
                .body("crisisResources.contact", contains(containsString("AYUDA"), equalTo("Llame al 911"),
                        equalTo("1-800-662-4357")))
                .body("band", equalTo("HIGH"));
        Map<String, Object> phq = Map.of("answers", List.of(1, 2, 1, 2, 1, 2, 1, 2, 0));
        given().contentType(ContentType.JSON).header("Accept-Language", "es").body(phq)
                .when().post("/instruments/PHQ-9/score")
                .then().statusCode(200)
                .body("total", equalTo(12)).body("band", equalTo("MODERATE"))
                .body("crisisMessage", nullValue())
                .body("crisisResources[0].name", equalTo("Línea 988 de Prevención del Suicidio y Crisis"));
    }

    @Test
    void everyInstrument_asFhirJson_isAValidR4Questionnaire() {
        for (String code : List.of("PHQ-9", "GAD-7", "AUDIT", "AUDIT-C", "DAST-10", "CSSRS-SCREEN")) {
            for (String language : List.of("en", "es")) {
                String body = given().accept("application/fhir+json").header("Accept-Language", language)
                        .when().get("/instruments/" + code)
                        .then().statusCode(200).contentType("application/fhir+json")
                        .header("Vary", containsString("Accept-Language"))
                        .extract().asString();
                assertEquals(List.of(), FhirQuestionnaireTests.errors(body), code + " " + language);
                assertEquals(code.replace("-", ""), FhirQuestionnaireTests.parse(body).getName());
            }
        }
        assertEquals("es", FhirQuestionnaireTests.parse(given().accept("application/fhir+json").header("Accept-Language", "es")
                .when().get("/instruments/PHQ-9").then().extract().asString()).getLanguage());
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
