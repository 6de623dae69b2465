package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.carenetwork.facility.Fixtures.create;
import static org.carenetwork.facility.Fixtures.facility;
import static org.carenetwork.facility.Fixtures.oceanCentre;
import static org.carenetwork.facility.Fixtures.program;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.carenetwork.facility.Fixtures;
import org.junit.jupiter.api.Test;

/** Anonymous reads carry an ETag and a short Cache-Control; an unchanged answer is a bodiless 304. */
@QuarkusTest
class HttpCachingTests {

    @Test
    void facility_hasEtag_304WhenUnchanged_newTagAfterAChange() {
        String id = create(facility("Cached", oceanCentre(), List.of(program("IOP"))));
        String etag = given().when().get("/facilities/" + id)
                .then().statusCode(200).header("Cache-Control", "public, max-age=30")
                .header("ETag", not(emptyString())).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/facilities/" + id)
                .then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("openings", 7, "acceptingNewPatients", true))
                .when().put("/facilities/" + id + "/programs/IOP/availability").then().statusCode(200);
        String changed = given().header("If-None-Match", etag).when().get("/facilities/" + id)
                .then().statusCode(200).body("programs[0].openings", equalTo(7)).extract().header("ETag");
        assertNotEquals(etag, changed);
    }

    @Test
    void search_andOrganizations_areCachedToo() {
        double[] c = oceanCentre();
        create(facility("Cached search", c, List.of(program("OP"))));
        String etag = given().queryParam("lat", c[0]).queryParam("lon", c[1]).when().get("/facilities")
                .then().statusCode(200).header("Cache-Control", "public, max-age=30").extract().header("ETag");
        given().queryParam("lat", c[0]).queryParam("lon", c[1]).header("If-None-Match", etag).when().get("/facilities")
                .then().statusCode(304);
        String orgs = given().when().get("/organizations").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", orgs).when().get("/organizations").then().statusCode(304);
    }

    @Test
    void entityTagHeaders_longerThan1000Characters_are400NamingTheHeader() {
        String id = create(facility("Long tags", oceanCentre(), List.of(program("IOP"))));
        String tags = String.join(", ", Collections.nCopies(40, "\"Yk3q9J0cX1m2v7bQp4sT8wZr5aL\""));
        given().header("If-None-Match", tags).when().get("/facilities/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("If-None-Match"));
        given().header("If-None-Match", tags).when().get("/organizations")
                .then().statusCode(400).body("errors[0].field", equalTo("If-None-Match"));
        given().header("Authorization", Fixtures.admin()).header("If-Match", tags).when().delete("/facilities/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
        given().when().get("/facilities/" + id).then().statusCode(200);
    }
}
