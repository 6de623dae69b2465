package org.carenetwork.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Set;
import org.carenetwork.gateway.client.Backend;
import org.junit.jupiter.api.Test;

/** How a caller's path finds its route in the services' contracts. */
class RouteTableTests {

    private static final RouteTable ROUTES = new RouteTable(Map.of(
            Backend.ASSESSMENT, json("""
                    {"paths": {
                      "/assessments/{id}": {"get": {"operationId": "getAssessment"}},
                      "/assessments/questions": {"get": {"operationId": "getLevelOfCareQuestions"}},
                      "/instruments/{code}/score": {"post": {"operationId": "scoreInstrument", "x-computes-only": true}}}}"""),
            Backend.FACILITY, json("""
                    {"paths": {
                      "/facilities/{id}": {"get": {"operationId": "getFacility"},
                                           "delete": {"operationId": "deleteFacility", "x-roles": ["ADMIN"]}},
                      "/facilities/import": {"post": {"operationId": "importFacilities", "x-roles": ["ADMIN"],
                                                      "x-carries-file": true}}}}""")));

    @Test
    void aLiteralSegment_winsOverAParameter_whateverTheOrderOfTheContract() {
        assertEquals("getLevelOfCareQuestions", found("GET", "/assessments/questions").operationId());
        assertEquals("getAssessment", found("GET", "/assessments/5f0c2a8e-1b7d-4e3a-9c6f-2d8e4b1a7c90").operationId());
    }

    @Test
    void aRoute_carriesWhatItsContractSays() {
        Route delete = found("DELETE", "/facilities/x");
        assertEquals(Backend.FACILITY, delete.backend());
        assertEquals(Set.of("ADMIN"), delete.roles());
        assertTrue(found("POST", "/facilities/import").carriesFile());
        assertTrue(found("POST", "/instruments/PHQ-9/score").isRead(), "a POST that only computes is a read");
        assertTrue(found("GET", "/facilities/x").roles().isEmpty(), "no x-roles: anyone");
        assertEquals("getFacility", found("HEAD", "/facilities/x").operationId());
    }

    @Test
    void aKnownPath_withAnotherMethod_namesTheMethodsAllowed() {
        var match = ROUTES.match("PUT", PublicPath.of("/api/v1/facilities/x", null).segments());
        assertEquals(Set.of("DELETE", "GET"), assertInstanceOf(RouteTable.MethodNotAllowed.class, match).allowed());
    }

    @Test
    void emptyOrDotSegments_andExtraSegments_matchNoRoute() {
        for (String path : new String[] {"/facilities/", "/facilities/.", "/facilities/..", "/facilities/x/y", "/facility/x",
                "/facilities//import"}) {
            assertInstanceOf(RouteTable.NoSuchPath.class, ROUTES.match("GET", PublicPath.of("/api/v1" + path, null).segments()), path);
        }
    }

    @Test
    void aSegment_isDecodedForMatching_andEncodedAgainForTheService() {
        PublicPath path = PublicPath.of("/api/v1/facilities/a%3Bb%2Fc", "q=1");
        assertEquals("getFacility", ROUTES.match("GET", path.segments()) instanceof RouteTable.Found f ? f.route().operationId() : null);
        assertEquals("/facilities/a%3Bb%2Fc?q=1", path.backendPathAndQuery());
    }

    private static Route found(String method, String path) {
        return assertInstanceOf(RouteTable.Found.class, ROUTES.match(method, PublicPath.of("/api/v1" + path, null).segments()))
                .route();
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
