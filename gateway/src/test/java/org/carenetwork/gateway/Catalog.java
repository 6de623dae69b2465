package org.carenetwork.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.carenetwork.testing.LocalPostgres;
import org.carenetwork.testing.ServiceProcess;
import org.carenetwork.testing.TestTokens;

/**
 * Test data for the gateway's tests: sites written straight into facility-service's database
 * (fast, and independent of the write API under test elsewhere), network contracts made through
 * the gateway as ADMIN (so insurance-service checks the facility with facility-service over HTTP).
 */
final class Catalog {

    private Catalog() {
    }

    /** A NETWORK site at lat/lon running one level of care with the given openings (confirmed now). */
    static UUID site(String name, double lat, double lon, String level, int openings) {
        UUID id = UUID.randomUUID();
        LocalPostgres.Connection db = ServiceProcess.backend(Backends.FACILITY).database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            try (var s = c.prepareStatement("INSERT INTO facility (id, name, city, state, lat, lon, source) "
                    + "VALUES (?, ?, 'Testville', 'ND', ?, ?, 'NETWORK')")) {
                s.setObject(1, id);
                s.setString(2, name);
                s.setDouble(3, lat);
                s.setDouble(4, lon);
                s.executeUpdate();
            }
            program(c, id, level, openings);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /**
     * {@code count} directory listings (no contracts, openings unknown) running one level, north of
     * lat/lon at 0.1 mile steps from 0.1 mile on.
     */
    static void listings(String name, int count, double lat, double lon, String level) {
        LocalPostgres.Connection db = ServiceProcess.backend(Backends.FACILITY).database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             var f = c.prepareStatement("INSERT INTO facility (id, name, city, state, lat, lon, source) "
                     + "VALUES (?, ?, 'Testville', 'ND', ?, ?, 'DIRECTORY')");
             var p = c.prepareStatement("INSERT INTO program (id, facility_id, level_of_care) VALUES (?, ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                UUID id = UUID.randomUUID();
                f.setObject(1, id);
                f.setString(2, name + " " + i);
                f.setDouble(3, lat + i * 0.1 / 69.05);
                f.setDouble(4, lon);
                f.executeUpdate();
                p.setObject(1, UUID.randomUUID());
                p.setObject(2, id);
                p.setString(3, level);
                p.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a program at another level to a site. */
    static void program(UUID facility, String level, int openings) {
        LocalPostgres.Connection db = ServiceProcess.backend(Backends.FACILITY).database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            program(c, facility, level, openings);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void program(Connection c, UUID facility, String level, int openings) throws SQLException {
        try (var s = c.prepareStatement("INSERT INTO program (id, facility_id, level_of_care, openings, openings_updated_at) "
                + "VALUES (?, ?, ?, ?, now())")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, facility);
            s.setString(3, level);
            s.setInt(4, openings);
            s.executeUpdate();
        }
    }

    /** A program's populations (as the catalog stores them). */
    static void populations(UUID facility, String level, String... populations) {
        LocalPostgres.Connection db = ServiceProcess.backend(Backends.FACILITY).database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             var s = c.prepareStatement("UPDATE program SET populations = ? WHERE facility_id = ? AND level_of_care = ?")) {
            s.setArray(1, c.createArrayOf("text", populations));
            s.setObject(2, facility);
            s.setString(3, level);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A site whose openings nobody knows (as a directory listing): openings and their time null. */
    static void openingsUnknown(UUID facility) {
        LocalPostgres.Connection db = ServiceProcess.backend(Backends.FACILITY).database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             var s = c.prepareStatement("UPDATE program SET openings = NULL, openings_updated_at = NULL WHERE facility_id = ?")) {
            s.setObject(1, facility);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An open-ended contract from 2020 for payer × plan type × site × level, made through the gateway. */
    static UUID contract(String payer, String planType, UUID facility, String level) {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("payer", payer);
        body.put("planType", planType);
        body.put("facilityId", facility.toString());
        body.put("levelOfCare", level);
        body.put("effectiveFrom", "2020-01-01");
        given().header("Authorization", TestTokens.bearer("ADMIN")).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/network-contracts/" + id)
                .then().statusCode(201);
        return id;
    }
}
