package org.carenetwork.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.carenetwork.assessment.domain.LevelOfCareRules;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** POST /assessments and GET /assessments/{id} over HTTP, against the real database. */
@QuarkusTest
class AssessmentResourceTests {

    static final String TOKEN = "X-Assessment-Token";

    @Test
    void create_anonymously_is201_withScoresRecommendationAndAccessToken() {
        Map<String, Object> body = AssessmentRequests.adult()
                .instrument("PHQ-9", 2, 2, 2, 2, 2, 2, 1, 1, 0)
                .set("RELAPSE", "continuedUse", "RELAPSES")
                .build();
        given().contentType(ContentType.JSON).body(body).when().post("/assessments")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/assessments/[0-9a-f-]{36}"))
                .body("id", notNullValue())
                .body("accessToken", matchesPattern("[A-Za-z0-9_-]{43}"))
                .body("crisis", equalTo(false))
                .body("crisisMessage", nullValue())
                .body("crisisResources[0].contact", containsString("988"))
                .body("scores[0].instrument", equalTo("PHQ-9"))
                .body("scores[0].total", equalTo(14))
                .body("scores[0].band", equalTo("MODERATE"))
                .body("recommendation.levelOfCare", equalTo("IOP"))
                .body("recommendation.asamLevel", equalTo("2.1"))
                .body("recommendation.withdrawalManagement", equalTo(false))
                .body("recommendation.mat", equalTo(false))
                .body("recommendation.alternatives", contains("PHP", "OP"))
                .body("recommendation.ratings.RELAPSE", equalTo(2))
                .body("recommendation.rationale[0]", startsWith("Risk of continued use or relapse is rated 2 of 4"))
                .body("recommendation.rationale[-1]", equalTo(LevelOfCareRules.DISCLAIMER));
    }

    @Test
    void crisis_putsTheCrisisFirst_988Then911_andNoLevel() {
        Map<String, Object> body = AssessmentRequests.adult().field("respondent", "LOVED_ONE")
                .instrument("CSSRS-SCREEN", 1, 1, 1, 1, 0, 0)
                .set("RELAPSE", "continuedUse", "RELAPSES")
                .build();
        String json = given().contentType(ContentType.JSON).body(body).when().post("/assessments")
                .then().statusCode(201)
                .body("crisis", equalTo(true))
                .body("crisisMessage", startsWith("Call or text 988"))
                .body("crisisResources[0].contact", containsString("988"))
                .body("crisisResources[1].contact", equalTo("Call 911"))
                .body("recommendation.levelOfCare", nullValue())
                .body("recommendation.asamLevel", nullValue())
                .body("recommendation.alternatives", hasSize(0))
                .body("recommendation.rationale[0]", startsWith("Imminent risk of harm"))
                .body("scores[0].flags.code", hasItem("SUICIDE_RISK_HIGH"))
                .extract().asString();
        assertTrue(json.startsWith("{\"crisis\":true,\"crisisMessage\":\"Call or text 988"), json.substring(0, 60));
    }

    @Test
    void cssrsQuestion4Yes_isACrisis_evenWhenOtherAnswersAreMalformed() {
        Map<String, Object> body = AssessmentRequests.adult()
                .instrument("CSSRS-SCREEN", 0, 0, null, 1, null, 0)
                .instrument("PHQ-9", 9, 9)
                .set("READINESS", "readiness", "MAYBE")
                .build();
        given().contentType(ContentType.JSON).body(body).when().post("/assessments")
                .then().statusCode(201)
                .body("crisis", equalTo(true))
                .body("recommendation.levelOfCare", nullValue())
                .body("incompleteAnswers.field", contains("instruments.CSSRS-SCREEN[3]", "instruments.PHQ-9",
                        "dimensions.READINESS.readiness"));
    }

    @Test
    void invalidAnswers_withoutCrisis_are400_namingEveryField() {
        Map<String, Object> body = AssessmentRequests.adult()
                .instrument("PHQ-9", 0, 0, 0, 4, 0, 0, 0, 0, 0)
                .instrument("BDI-II", 0)
                .set("WITHDRAWAL", "recentUse", "ALWAYS")
                .set("WITHDRAWAL", "favouriteDrink", "TEA")
                .build();
        given().contentType(ContentType.JSON).body(body).when().post("/assessments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("instruments.PHQ-9[3]", "instruments.BDI-II",
                        "dimensions.WITHDRAWAL.favouriteDrink", "dimensions.WITHDRAWAL.recentUse"));
    }

    /** How many instruments an assessment carries is bounded (the catalog has six, each given once). */
    @Test
    void moreInstrumentsThanTheBound_is400NamingInstruments() {
        AssessmentRequests request = AssessmentRequests.adult();
        for (int i = 1; i <= 11; i++) {
            request.instrument("X-" + i, 0);
        }
        given().contentType(ContentType.JSON).body(request.build()).when().post("/assessments")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("instruments"))
                .body("errors[0].message", containsString("at most 10"));
    }

    /** Codes are case-insensitive, so PHQ-9 and phq-9 are one instrument: before, both were scored. */
    @Test
    void theSameInstrumentTwice_is400NamingTheSecond() {
        Map<String, Object> body = AssessmentRequests.adult()
                .instrument("PHQ-9", 0, 0, 0, 0, 0, 0, 0, 0, 0)
                .instrument("phq-9", 3, 3, 3, 3, 3, 3, 3, 3, 0)
                .build();
        given().contentType(ContentType.JSON).body(body).when().post("/assessments")
                .then().statusCode(400)
                .body("errors.field", contains("instruments.phq-9"))
                .body("errors[0].message", containsString("second time"));
    }

    /** Field errors stay within the contract's bounds (field 200, message 1,000 characters) whatever was sent. */
    @Test
    void keysAndCodesOutsideTheirFormat_areNamed_withoutBeingEchoedWhole() {
        String huge = "x".repeat(5000);
        Map<String, Object> body = AssessmentRequests.adult()
                .instrument(huge, 0)
                .set("WITHDRAWAL", huge, "NO")
                .set("BIOMEDICAL", "physicalHealth", huge.toUpperCase())
                .build();
        ExtractableResponse<Response> problem = given().contentType(ContentType.JSON).body(body).when().post("/assessments")
                .then().statusCode(400).extract();
        assertEquals(List.of("instruments", "dimensions.WITHDRAWAL", "dimensions.BIOMEDICAL.physicalHealth"),
                problem.path("errors.field"));
        List<String> messages = problem.path("errors.message");
        messages.forEach(m -> assertTrue(m.length() < 300, m));
    }

    /** A crisis answer lists at most as many unusable answers as a problem does. */
    @Test
    void incompleteAnswers_inACrisis_areAtMostTwenty() {
        AssessmentRequests request = AssessmentRequests.adult().set("EMOTIONAL", "harmThoughts", "INTENT");
        for (int i = 0; i < 30; i++) {
            request.set("WITHDRAWAL", "unknown" + i, "NO");
        }
        given().contentType(ContentType.JSON).body(request.build()).when().post("/assessments")
                .then().statusCode(201)
                .body("crisis", equalTo(true))
                .body("incompleteAnswers", hasSize(Problem.MAX_ERRORS));
    }

    @Test
    void missingRespondent_orNeitherDimensionsNorInstruments_is400() {
        given().contentType(ContentType.JSON).body(AssessmentRequests.adult().field("respondent", null).build())
                .when().post("/assessments")
                .then().statusCode(400).body("errors[0].field", equalTo("respondent"));
        given().contentType(ContentType.JSON).body(AssessmentRequests.adult().field("dimensions", null).build())
                .when().post("/assessments")
                .then().statusCode(400).body("errors[0].field", equalTo("dimensions"))
                .body("errors[0].message", containsString("when no instrument is given"));
        given().contentType(ContentType.JSON).body(AssessmentRequests.adult().field("ageGroup", "CHILD").build())
                .when().post("/assessments")
                .then().statusCode(400).body("errors[0].field", equalTo("ageGroup"));
    }

    /** Screeners only (no `dimensions`): stored, scored, crisis decided as always, and no recommendation. */
    @Test
    void screenersOnly_isStoredAndScored_withoutARecommendation() {
        Map<String, Object> body = AssessmentRequests.adult().field("dimensions", null)
                .instrument("PHQ-9", 2, 2, 2, 2, 2, 2, 1, 1, 0).instrument("AUDIT-C", 2, 1, 1).build();
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON).body(body).when().post("/assessments")
                .then().statusCode(201)
                .body("crisis", equalTo(false))
                .body("scores.instrument", contains("PHQ-9", "AUDIT-C"))
                .body("scores[0].band", equalTo("MODERATE"))
                .body("scores[1].total", equalTo(4))
                .body("$", org.hamcrest.Matchers.hasKey("recommendation"))
                .body("recommendation", nullValue())
                .extract();
        given().header(TOKEN, (String) created.path("accessToken")).when().get("/assessments/" + created.path("id"))
                .then().statusCode(200)
                .body("scores.instrument", contains("PHQ-9", "AUDIT-C"))
                .body("recommendation", nullValue());
    }

    /** A screener that shows imminent risk makes a screeners-only assessment the crisis answer. */
    @Test
    void screenersOnly_withAHighRiskScreen_isTheCrisisAnswer() {
        Map<String, Object> body = AssessmentRequests.adult().field("dimensions", null)
                .instrument("CSSRS-SCREEN", 1, 1, 0, 1, 0, 0).build();
        given().contentType(ContentType.JSON).body(body).when().post("/assessments")
                .then().statusCode(201)
                .body("crisis", equalTo(true))
                .body("crisisMessage", equalTo(org.carenetwork.vocabulary.Crisis.MESSAGE))
                .body("crisisResources[0].contact", containsString("988"))
                .body("scores[0].band", equalTo("HIGH"))
                .body("recommendation", nullValue());
    }

    @Test
    void detox_andMat_forDailyDrinkingWithShakes_adolescentHours() {
        Map<String, Object> body = AssessmentRequests.adult().field("ageGroup", "ADOLESCENT")
                .set("WITHDRAWAL", "substance", "ALCOHOL").set("WITHDRAWAL", "recentUse", "DAILY_HEAVY")
                .set("WITHDRAWAL", "withdrawal", "STRONG").set("EMOTIONAL", "mentalHealth", "STRUGGLING")
                .build();
        given().contentType(ContentType.JSON).body(body).when().post("/assessments")
                .then().statusCode(201)
                .body("recommendation.levelOfCare", equalTo("DETOX"))
                .body("recommendation.withdrawalManagement", equalTo(true))
                .body("recommendation.nextLevelOfCare", equalTo("IOP"))
                .body("recommendation.mat", equalTo(true))
                .body("recommendation.alternatives", contains("IOP", "MAT"));
    }

    /**
     * Without consent: only the token holder. Staff and partners get the 404 of an unknown id (the
     * assessment's existence is not told), ADMIN the 403 of a role that reads no assessment.
     */
    @Test
    void read_withoutConsent_onlyWithTheAccessToken() {
        ExtractableResponse<Response> created = create(AssessmentRequests.adult().set("ENVIRONMENT", "home", "UNSAFE").build());
        String id = created.path("id");
        String token = created.path("accessToken");

        given().header(TOKEN, token).when().get("/assessments/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("recommendation.levelOfCare", equalTo("RESIDENTIAL"))
                .body("accessToken", nullValue());
        for (String role : List.of("CALL_CENTER", "ADMISSIONS", "PARTNER")) {
            given().header("Authorization", TestTokens.bearer(role)).when().get("/assessments/" + id)
                    .then().statusCode(404).contentType("application/problem+json");
            given().header("Authorization", TestTokens.bearer(role)).header(TOKEN, token).when().get("/assessments/" + id)
                    .then().statusCode(200).body("id", equalTo(id));
        }
        given().header("Authorization", TestTokens.bearer("ADMIN")).when().get("/assessments/" + id)
                .then().statusCode(403);
        given().when().get("/assessments/" + id)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"));
        given().header(TOKEN, token.substring(1) + "A").when().get("/assessments/" + id)
                .then().statusCode(404);
        String other = create(AssessmentRequests.adult().build()).path("id");
        given().header(TOKEN, token).when().get("/assessments/" + other)
                .then().statusCode(404);
    }

    /** With consent: CALL_CENTER and ADMISSIONS read it; a partner only one it took itself. */
    @Test
    void read_withConsent_byStaff_andByThePartnerThatTookIt() {
        String website = create(AssessmentRequests.adult().field("consentToShare", true).build()).path("id");
        for (String role : List.of("CALL_CENTER", "ADMISSIONS")) {
            given().header("Authorization", TestTokens.bearer(role)).when().get("/assessments/" + website)
                    .then().statusCode(200).body("id", equalTo(website)).body("consentToShare", equalTo(true));
        }
        given().header("Authorization", TestTokens.bearer("PARTNER")).when().get("/assessments/" + website)
                .then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("ADMIN")).when().get("/assessments/" + website)
                .then().statusCode(403);

        String helpline = "Bearer " + TestTokens.token("helpline", "PARTNER");
        String other = "Bearer " + TestTokens.token("other-partner", "PARTNER");
        String shared = given().header("Authorization", helpline).contentType(ContentType.JSON)
                .body(AssessmentRequests.adult().field("consentToShare", true).build())
                .when().post("/assessments").then().statusCode(201).extract().path("id");
        given().header("Authorization", helpline).when().get("/assessments/" + shared)
                .then().statusCode(200).body("id", equalTo(shared));
        given().header("Authorization", other).when().get("/assessments/" + shared).then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("CALL_CENTER")).when().get("/assessments/" + shared)
                .then().statusCode(200);

        String unshared = given().header("Authorization", helpline).contentType(ContentType.JSON)
                .body(AssessmentRequests.adult().build())
                .when().post("/assessments").then().statusCode(201).extract().path("id");
        given().header("Authorization", helpline).when().get("/assessments/" + unshared).then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("CALL_CENTER")).when().get("/assessments/" + unshared)
                .then().statusCode(404);
    }

    /** Only a token of the issued format is looked at: anything else is a 400 naming the header, for staff too. */
    @Test
    void read_withAMalformedToken_is400() {
        String id = create(AssessmentRequests.adult().build()).path("id");
        for (String token : List.of("nope", "x".repeat(43) + "!", "y".repeat(500))) {
            given().header(TOKEN, token).when().get("/assessments/" + id)
                    .then().statusCode(400).body("errors[0].field", equalTo(TOKEN));
            given().header(TOKEN, token).header("Authorization", TestTokens.bearer("CALL_CENTER"))
                    .when().get("/assessments/" + id).then().statusCode(400);
        }
    }

    /** The crisis message and lines follow Accept-Language, on creation and on reading; the rest stays English. */
    @Test
    void crisisTexts_inSpanish_withAcceptLanguageEs() {
        Map<String, Object> body = AssessmentRequests.adult().set("EMOTIONAL", "harmThoughts", "INTENT")
                .field("consentToShare", true).build();
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON).header("Accept-Language", "es-US, en;q=0.5")
                .body(body).when().post("/assessments")
                .then().statusCode(201)
                .header("Content-Language", "es, en")
                .header("Vary", containsString("Accept-Language"))
                .body("crisis", equalTo(true))
                .body("crisisMessage", equalTo(org.carenetwork.vocabulary.Crisis.MESSAGE_ES))
                .body("crisisResources[0].name", equalTo("Línea 988 de Prevención del Suicidio y Crisis"))
                .body("crisisResources[0].contact", containsString("oprima 2"))
                .body("crisisResources[1].contact", equalTo("Llame al 911"))
                .extract();
        String id = created.path("id");
        given().header("Authorization", TestTokens.bearer("CALL_CENTER")).when().get("/assessments/" + id)
                .then().statusCode(200).header("Content-Language", "en")
                .body("crisisMessage", equalTo(org.carenetwork.vocabulary.Crisis.MESSAGE));
        given().header("Authorization", TestTokens.bearer("CALL_CENTER")).header("Accept-Language", "es")
                .when().get("/assessments/" + id)
                .then().statusCode(200).header("Content-Language", "es, en")
                .body("crisisMessage", equalTo(org.carenetwork.vocabulary.Crisis.MESSAGE_ES));
    }

    @Test
    void read_unknownOrMalformedId() {
        given().header("Authorization", TestTokens.bearer("CALL_CENTER"))
                .when().get("/assessments/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("CALL_CENTER")).when().get("/assessments/nope")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void questions_areServed_byDimension() {
        given().when().get("/assessments/questions")
                .then().statusCode(200)
                .body("dimensions.dimension", contains("WITHDRAWAL", "BIOMEDICAL", "EMOTIONAL", "READINESS", "RELAPSE",
                        "ENVIRONMENT"))
                .body("dimensions[0].questions[1].options[3].rating", equalTo(3))
                .body("dimensions[2].questions[1].options.code", hasItem("INTENT"));
    }

    @Test
    void errors_andBodies_neverCarryAStackTrace() {
        given().contentType(ContentType.JSON).body("{\"respondent\":").when().post("/assessments")
                .then().statusCode(400).body(not(containsString("Exception")));
        given().contentType(ContentType.JSON).body(AssessmentRequests.adult().build()).when().post("/assessments")
                .then().statusCode(201).body("recommendation.rationale[0]", endsWith("is enough to start."));
    }

    static ExtractableResponse<Response> create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/assessments")
                .then().statusCode(201).extract();
    }

}
