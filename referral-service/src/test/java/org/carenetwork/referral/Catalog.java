package org.carenetwork.referral;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.carenetwork.testing.LocalPostgres;
import org.carenetwork.testing.ServiceProcess;

/**
 * Puts what a test needs into the running backends' databases: a facility with its programs into
 * facility-service's, a network contract into insurance-service's.
 */
public final class Catalog {

    private Catalog() {
    }

    /** A new site running the given levels; its id. */
    public static UUID newFacility(String name, String... levels) {
        UUID id = UUID.randomUUID();
        LocalPostgres.Connection db = ServiceProcess.backend(TestResources.FACILITY_SERVICE).database();
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            try (var s = c.prepareStatement("INSERT INTO facility (id, name, city, state, source) VALUES (?, ?, 'Toledo', 'OH', 'NETWORK')")) {
                s.setObject(1, id);
                s.setString(2, name);
                s.executeUpdate();
            }
            for (String level : levels) {
                try (var s = c.prepareStatement("INSERT INTO program (id, facility_id, level_of_care, openings) VALUES (?, ?, ?, 3)")) {
                    s.setObject(1, UUID.randomUUID());
                    s.setObject(2, id);
                    s.setString(3, level);
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** An open-ended contract from 2026-01-01 making the facility and level in network for the payer and plan type. */
    public static void inNetwork(String payer, String planType, UUID facility, String level) {
        LocalPostgres.Connection db = ServiceProcess.backend(TestResources.INSURANCE_SERVICE).database();
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             var s = c.prepareStatement("INSERT INTO network_contract (id, payer_id, plan_type, facility_id, level_of_care, "
                     + "effective_from, updated_by) VALUES (?, ?, ?, ?, ?, DATE '2026-01-01', 'referral tests')")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, payer);
            s.setString(3, planType);
            s.setObject(4, facility);
            s.setString(5, level);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
