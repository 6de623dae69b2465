package org.carenetwork.insurance;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.carenetwork.testing.TestTokens;

/** The coverage-request endpoints as the website and the admissions team call them. */
public final class CoverageApi {

    public static final String ADMISSIONS = "Bearer " + TestTokens.token("admissions-ann", "ADMISSIONS");
    public static final String CALL_CENTER = "Bearer " + TestTokens.token("callcenter-cal", "CALL_CENTER");

    private CoverageApi() {
    }

    public static ValidatableResponse submit(Map<String, Object> form) {
        return given().contentType(ContentType.JSON).body(form).when().post("/coverage-requests").then();
    }

    public static String submitted(Map<String, Object> form) {
        return submit(form).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse move(String id, String status, String note) {
        return given().header("Authorization", ADMISSIONS).contentType(ContentType.JSON)
                .body(note == null ? Map.of("status", status) : Map.of("status", status, "note", note))
                .when().patch("/coverage-requests/" + id).then();
    }
}
