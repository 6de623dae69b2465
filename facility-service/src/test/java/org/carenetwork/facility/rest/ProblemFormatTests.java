package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.stream.IntStream;
import org.carenetwork.facility.Fixtures;
import org.junit.jupiter.api.Test;

/** Every error is RFC 9457 problem+json naming what is wrong; no stack trace ever reaches a caller. */
@QuarkusTest
class ProblemFormatTests {

    @Test
    void malformedId_inPath_is400NamingTheField() {
        given().when().get("/facilities/not-a-uuid")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"))
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", containsString("UUID"))
                .body("instance", equalTo("/facilities/not-a-uuid"));
    }

    @Test
    void unknownId_is404Problem() {
        given().when().get("/facilities/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("00000000-0000-4000-8000-000000000000"));
    }

    @Test
    void pageSizeOutOfRange_is400NamingTheParameter() {
        given().queryParam("size", 1000).when().get("/facilities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void unknownPath_is404Problem() {
        given().when().get("/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void requestId_isEchoed_whenSane_andMintedOtherwise() {
        given().header("X-Request-Id", "call-42").when().get("/facilities/not-a-uuid")
                .then().header("X-Request-Id", equalTo("call-42"))
                .body("requestId", equalTo("call-42"));
        given().header("X-Request-Id", "bad id\nwith newline").when().get("/facilities")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    /** Found by the gateway's fuzzing: 10,000 wrong languages were a 1.5 MB problem built in quadratic time, so the gateway timed out. */
    @Test
    void manyWrongValues_nameTheFirstTwenty_andCountTheRest() {
        List<Integer> languages = IntStream.range(0, 10_000).map(i -> i % 4).boxed().toList();
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Fixtures.facility("Many languages", Fixtures.oceanCentre(), List.of(), "languages", languages))
                .when().post("/facilities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(20))
                .body("errors[0].field", equalTo("languages"))
                .body("errors[1].field", equalTo("languages[0]"))
                .body("detail", endsWith("; and 9981 more"));
    }

    @Test
    void errors_carryNoStackTrace() {
        given().when().get("/facilities/%20")
                .then().statusCode(400)
                .body(not(containsString("Exception")))
                .body("trace", nullValue());
    }
}
