package org.carenetwork.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Gives a service's tests a real PostgreSQL database with no manual step: it starts the project's
 * private cluster ({@code deploy/local/pg.sh}) and gives each test JVM a freshly created database
 * (init arg {@code database}). When {@code DB_HOST} is set, the tests use that server instead
 * ({@code DB_PORT}, {@code DB_USER}, {@code DB_PASSWORD}; the database must exist).
 * The service reaches the database through a {@link TcpProxy} ({@link #proxy()}), so a test can
 * cut the database away and bring it back. It also configures token verification for
 * {@link TestTokens}.
 */
public class LocalPostgres implements QuarkusTestResourceLifecycleManager {

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    private static volatile TcpProxy proxy;

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "carenet_test");
    }

    @Override
    public Map<String, String> start() {
        Connection c = connection(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", proxied(c.jdbcUrl()));
        config.put("quarkus.datasource.username", c.user());
        config.put("quarkus.datasource.password", c.password());
        config.putAll(TestTokens.verificationConfig());
        return config;
    }

    @Override
    public void stop() {
        // The database stays for inspection after the run; the next run recreates it.
    }

    /** The fault-injection point between the service under test and its database. */
    public static TcpProxy proxy() {
        if (proxy == null) {
            throw new IllegalStateException("no database proxy: is LocalPostgres a test resource of this test?");
        }
        return proxy;
    }

    private static synchronized String proxied(String jdbcUrl) {
        // jdbc:postgresql://host:port/db
        String rest = jdbcUrl.substring("jdbc:postgresql://".length());
        String hostPort = rest.substring(0, rest.indexOf('/'));
        String host = hostPort.substring(0, hostPort.lastIndexOf(':'));
        int port = Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1));
        try {
            if (proxy == null) {
                proxy = new TcpProxy(host, port);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot open the database proxy", e);
        }
        return "jdbc:postgresql://127.0.0.1:" + proxy.port() + rest.substring(rest.indexOf('/'));
    }

    /** A connection to {@code database}, recreated empty once per JVM on the local cluster. */
    public static Connection connection(String database) {
        String host = System.getenv("DB_HOST");
        if (host != null && !host.isBlank()) {
            String port = System.getenv().getOrDefault("DB_PORT", "5432");
            return new Connection("jdbc:postgresql://" + host + ":" + port + "/" + database,
                    System.getenv().getOrDefault("DB_USER", "carenet"), System.getenv().getOrDefault("DB_PASSWORD", ""));
        }
        if (CREATED.add(database)) {
            pg("recreate-db", database);
        }
        Map<String, String> env = new HashMap<>();
        for (String line : pg("env").split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                env.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return new Connection("jdbc:postgresql://" + env.get("PGHOST") + ":" + env.get("PGPORT") + "/" + database,
                env.get("PGUSER"), env.get("PGPASSWORD"));
    }

    /** Runs {@code deploy/local/pg.sh} with the given arguments and returns its standard output. */
    public static String pg(String... args) {
        List<String> command = new java.util.ArrayList<>();
        command.add("bash");
        command.add(RepoRoot.get().resolve("deploy/local/pg.sh").toString());
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("pg.sh " + String.join(" ", args) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run pg.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Connection(String jdbcUrl, String user, String password) {
    }
}
