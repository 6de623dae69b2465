package org.carenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.carenetwork.testing.Eventually;
import org.carenetwork.testing.LocalPostgres;
import org.carenetwork.testing.ServiceProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gateway serves facility reads from facility-service over HTTP, and says so when it cannot. */
@QuarkusTest
class FacilityRoutesTests {

    static final UUID SITE = UUID.randomUUID();

    @BeforeAll
    static void seed() throws SQLException {
        LocalPostgres.Connection db = ServiceProcess.backend(Backends.FACILITY).database();
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             var s = c.prepareStatement("INSERT INTO facility (id, name, city, state, source) VALUES (?, ?, 'Toledo', 'OH', 'NETWORK')")) {
            s.setObject(1, SITE);
            s.setString(2, "Gateway Route Test Site");
            s.executeUpdate();
        }
    }

    @Test
    void facilities_areServedByFacilityService_throughTheGateway() {
        given().header("X-Request-Id", "gw-test-1").when().get("/api/v1/facilities?size=100")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("gw-test-1"))
                .body("items.name", hasItem("Gateway Route Test Site"))
                .body("total", notNullValue())
                .body("totalIsEstimate", notNullValue());
        given().when().get("/api/v1/facilities/" + SITE)
                .then().statusCode(200)
                .body("id", equalTo(SITE.toString()))
                .body("address.city", equalTo("Toledo"));
    }

    @Test
    void theFhirDirectory_isRelayedAsFhirJson_withItsLinksUnderTheGatewaysPrefix() {
        UUID site = Catalog.site("Gateway FHIR Site", -41.2, 174.7, "IOP", 1);
        given().header("Accept", "application/fhir+json").queryParam("location.near", "-41.2|174.7|1|km")
                .when().get("/api/v1/fhir/HealthcareService")
                .then().statusCode(200)
                .contentType("application/fhir+json")
                .body("resourceType", equalTo("Bundle"))
                .body("type", equalTo("searchset"))
                .body("entry.resource.id", hasItem(site + "-iop"))
                .body("link.find { it.relation == 'self' }.url", startsWith("/api/v1/fhir/HealthcareService?"));
        given().when().get("/api/v1/fhir/Location/" + site)
                .then().statusCode(200).contentType("application/fhir+json").body("id", equalTo(site.toString()));
        given().queryParam("location.near", "91|0|5|mi").when().get("/api/v1/fhir/HealthcareService")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("location.near"));
    }

    @Test
    void backendProblems_reachTheCallerUnchanged() {
        given().when().get("/api/v1/facilities/not-a-uuid")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void facilityServiceDown_is503WithRetryAfter_andNotReady_thenRecovers() {
        var backend = ServiceProcess.backend(Backends.FACILITY);
        given().when().get("/q/health/ready").then().statusCode(200);
        backend.stop();
        try {
            given().when().get("/api/v1/facilities")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue());
            given().when().get("/q/health/ready").then().statusCode(503)
                    .body("checks[0].data.facility-service", equalTo("DOWN"));
        } finally {
            backend.start();
        }
        // The restarted service is a cold JVM: its first answers can miss the gateway's timeout on
        // a busy machine, so the recovery is waited for (every 250 ms, at most 60 s).
        answers200("/api/v1/facilities/" + SITE);
        answers200("/q/health/ready");
    }

    static void answers200(String path) {
        Eventually.until("GET " + path + " to answer 200", () -> given().when().get(path).andReturn(),
                (Response r) -> r.statusCode() == 200, r -> r.statusCode() + " " + r.asString());
    }
}
