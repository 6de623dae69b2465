package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo network script (dev and local profiles): idempotent, and the Toledo IOP search the issue names. */
@QuarkusTest
class DemoDataTests {

    private static final String MIDWEST_TOLEDO = "5f0c1a52-7c1e-4a8e-9b0e-000000000101";
    private static final String OHIO_TOLEDO = "5f0c1a52-7c1e-4a8e-9b0e-000000000102";
    private static final String YOUNGSTOWN = "5f0c1a52-7c1e-4a8e-9b0e-000000000105";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void demoScript_runsTwiceWithoutDuplicates_andIopNear43604_findsBothToledoSitesNearestFirst() throws Exception {
        String script;
        try (InputStream in = getClass().getResourceAsStream("/demo/demo-data.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(script);
            s.execute(script);
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM program WHERE facility_id IN ('"
                    + MIDWEST_TOLEDO + "', '" + OHIO_TOLEDO + "', '5f0c1a52-7c1e-4a8e-9b0e-000000000103', "
                    + "'5f0c1a52-7c1e-4a8e-9b0e-000000000104', '" + YOUNGSTOWN + "')")) {
                rs.next();
                assertEquals(17, rs.getInt(1));
            }
        }
        JsonPath page = given().queryParam("levelOfCare", "IOP").queryParam("zip", "43604").queryParam("radiusMiles", 25)
                .queryParam("size", 100).when().get("/facilities").then().statusCode(200).extract().jsonPath();
        List<String> ids = page.getList("items.id");
        List<Float> distances = page.getList("items.distanceMiles", Float.class);
        assertTrue(ids.indexOf(MIDWEST_TOLEDO) >= 0 && ids.indexOf(OHIO_TOLEDO) > ids.indexOf(MIDWEST_TOLEDO), ids::toString);
        assertFalse(ids.contains(YOUNGSTOWN));
        for (int i = 1; i < distances.size(); i++) {
            assertTrue(distances.get(i - 1) <= distances.get(i), distances::toString);
        }
        List<List<Map<String, Object>>> programs = page.getList("items.programs");
        programs.forEach(list -> assertTrue(list.stream().anyMatch(p -> "IOP".equals(p.get("levelOfCare"))), list::toString));
        Map<String, Object> midwest = page.getMap("items.find { it.id == '" + MIDWEST_TOLEDO + "' }");
        assertEquals("Midwest Recovery Centers", ((Map<?, ?>) midwest.get("organization")).get("name"));
    }
}
