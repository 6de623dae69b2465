package org.carenetwork.common.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads a service's demo data ({@code demo/demo-data.sql}, idempotent upserts) at start when
 * {@code carenet.demo-data.enabled} is true: the dev and local profiles set it, production never
 * does. A runtime switch rather than a Flyway location, because Flyway's locations are fixed
 * when the application is built.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "carenet.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "carenet.demo-data.script", defaultValue = "demo/demo-data.sql")
    String script;

    @Inject
    Instance<DataSource> dataSource;

    void load(@Observes StartupEvent event) throws IOException, SQLException {
        if (!enabled || !dataSource.isResolvable()) {
            return;
        }
        String sql;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(script)) {
            if (in == null) {
                LOG.warnf("demo data enabled but %s is not on the classpath", script);
                return;
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = dataSource.get().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute(sql);
            c.commit();
        }
        LOG.infof("demo data loaded from %s", script);
    }
}
