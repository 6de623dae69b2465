package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /organizations: the brands by name; not paged, so never more than 1000 of them. */
@QuarkusTest
class OrganizationTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void organizations_areSortedByName_andCappedAt1000() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO organization (id, name) SELECT gen_random_uuid(), 'Org cap test ' || lpad(n::text, 4, '0') "
                    + "FROM generate_series(1, 1001) AS n");
            try {
                List<String> names = given().when().get("/organizations").then().statusCode(200)
                        .extract().jsonPath().getList("name");
                List<String> firstByName = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT name FROM organization ORDER BY name, id LIMIT 1000")) {
                    while (rs.next()) {
                        firstByName.add(rs.getString(1));
                    }
                }
                assertEquals(firstByName, names);
            } finally {
                s.execute("DELETE FROM organization WHERE name LIKE 'Org cap test %'");
            }
        }
    }

    @Test
    void aBrandsPhoneAndColours_areListed_andOneWithoutColoursHasNoTheme() throws Exception {
        UUID themed = UUID.randomUUID();
        UUID plain = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO organization (id, name, phone, primary_color, accent_color) VALUES ('" + themed
                    + "', 'Theme test brand', '+1-419-555-0100', '#123456', NULL), ('" + plain + "', 'Theme test plain', "
                    + "NULL, NULL, NULL)");
            try {
                given().when().get("/organizations").then().statusCode(200)
                        .body("find { it.id == '" + themed + "' }.phone", equalTo("+1-419-555-0100"))
                        .body("find { it.id == '" + themed + "' }.theme.primaryColor", equalTo("#123456"))
                        .body("find { it.id == '" + themed + "' }.theme.accentColor", nullValue())
                        .body("find { it.id == '" + plain + "' }.phone", nullValue())
                        .body("find { it.id == '" + plain + "' }.theme", nullValue());
                // The database is the last line: a colour that is not #rrggbb never gets in.
                assertThrows(SQLException.class, () -> s.execute("UPDATE organization SET primary_color = 'red' WHERE id = '"
                        + plain + "'"));
            } finally {
                s.execute("DELETE FROM organization WHERE name LIKE 'Theme test %'");
            }
        }
    }
}
