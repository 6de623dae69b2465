package org.carenetwork.insurance;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.carenetwork.testing.LocalPostgres;
import org.carenetwork.testing.ServiceProcess;

/** Puts facilities into the running facility-service's database, as the tests need them. */
public final class FacilityCatalog {

    private FacilityCatalog() {
    }

    public static UUID newFacility(String name) {
        UUID id = UUID.randomUUID();
        LocalPostgres.Connection db = ServiceProcess.backend(TestResources.FACILITY_SERVICE).database();
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             var s = c.prepareStatement("INSERT INTO facility (id, name, city, state, source) VALUES (?, ?, 'Toledo', 'OH', 'NETWORK')")) {
            s.setObject(1, id);
            s.setString(2, name);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
