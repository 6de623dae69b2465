package org.carenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check every gateway test's answers go through ({@link AnswersFitTheDocument}) is installed,
 * passes a real answer and refuses answers the served document does not allow: a check that could
 * not fail would prove nothing about the other tests.
 */
@QuarkusTest
class AnswersFitTheDocumentTests {

    static final String FACILITY_PAGE_PATH = "/facilities";

    @Test
    void everyTest_hasItsAnswersChecked() {
        assertTrue(RestAssured.filters().stream().anyMatch(AnswersFitTheDocument.class::isInstance),
                "the check is installed for every @QuarkusTest: " + RestAssured.filters());
    }

    @Test
    void aRealAnswer_fits_andTheSameAnswerBent_doesNot() {
        Response page = given().when().get("/api/v1/facilities?size=2").then().statusCode(200).extract().response();
        ApiDocument document = served();
        String body = page.asString();
        assertEquals(List.of(), AnswersFitTheDocument.problems(document, "GET", FACILITY_PAGE_PATH, 200, page.contentType(), body));

        String textTotal = body.replaceFirst("\"total\":(\\d+)", "\"total\":\"$1\"");
        assertTrue(AnswersFitTheDocument.problems(document, "GET", FACILITY_PAGE_PATH, 200, page.contentType(), textTotal)
                .stream().anyMatch(p -> p.contains("total")), "a number sent as text is refused");

        String extra = body.replaceFirst("\\{", "{\"surprise\":1,");
        assertTrue(!AnswersFitTheDocument.problems(document, "GET", FACILITY_PAGE_PATH, 200, page.contentType(), extra).isEmpty(),
                "a field the schema does not have is refused");

        assertTrue(AnswersFitTheDocument.problems(document, "GET", FACILITY_PAGE_PATH, 418, page.contentType(), body)
                .stream().anyMatch(p -> p.contains("418")), "an undeclared status is refused");
        assertTrue(AnswersFitTheDocument.problems(document, "GET", FACILITY_PAGE_PATH, 200, "text/html", "<p>hi</p>")
                .stream().anyMatch(p -> p.contains("text/html")), "an undeclared media type is refused");
    }

    @Test
    void aProblemWithoutItsStatus_doesNotFit() {
        ApiDocument document = served();
        assertTrue(!AnswersFitTheDocument.problems(document, "GET", "/facilities/x", 400, "application/problem+json",
                "{\"title\":\"Bad Request\",\"status\":\"400\"}").isEmpty());
    }

    @Test
    void theFilter_failsTheCallThatMetAMisfit() {
        Filter bend = (request, response, context) -> {
            Response real = context.next(request, response);
            return new io.restassured.builder.ResponseBuilder().clone(real)
                    .setBody(real.asString().replaceFirst("\"total\":(\\d+)", "\"total\":\"$1\"")).build();
        };
        // the misfit is made below the check (filters run in order: the check first, then this one, then the call)
        AssertionError error = assertThrows(AssertionError.class, () -> given().filters(List.of(bend)).when()
                .get("/api/v1/facilities?size=1"));
        assertTrue(error.getMessage().contains("does not fit the served document"), error.getMessage());
    }

    private static ApiDocument served() {
        return ApiDocument.parse(given().filters(List.of()).when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
    }
}
