package org.carenetwork.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs a packaged domain service ({@code <module>/target/quarkus-app}) as a real process on a
 * free loopback port, with its own fresh database, for tests of a service that calls it over
 * HTTP. Init args: {@code module}, {@code database}, optional {@code urlProperty} (default
 * {@code quarkus.rest-client.<module>.url}) and {@code env.NAME} entries passed to the process,
 * in which {@code ${url:<module>}} is replaced by the URL of another backend started before.
 * Tests reach a running backend through {@link #backend(String)} to stop and start it. Backends
 * outlive a restart of the application under test (another test profile) and end with the JVM.
 */
public class ServiceProcess implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, Backend> BACKENDS = new ConcurrentHashMap<>();

    private String module;
    private String database;
    private String urlProperty;
    private final Map<String, String> env = new HashMap<>();

    @Override
    public void init(Map<String, String> args) {
        module = args.get("module");
        database = args.getOrDefault("database", module.replace('-', '_') + "_gw_test");
        urlProperty = args.getOrDefault("urlProperty", "quarkus.rest-client." + module + ".url");
        args.forEach((k, v) -> {
            if (k.startsWith("env.")) {
                env.put(k.substring(4), v);
            }
        });
        // Registered (and given its port) before any backend starts, so that ${url:<module>} resolves
        // whatever order the test resources start in.
        BACKENDS.computeIfAbsent(module, m -> new Backend(m, database, env));
    }

    @Override
    public Map<String, String> start() {
        Backend backend = BACKENDS.get(module);
        backend.start();
        return Map.of(urlProperty, backend.url());
    }

    @Override
    public void stop() {
        // Kept for the next application start in this JVM; see the shutdown hook.
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> BACKENDS.values().forEach(Backend::stop),
                "service-process-shutdown"));
    }

    public static Backend backend(String module) {
        Backend b = BACKENDS.get(module);
        if (b == null) {
            throw new IllegalStateException(module + " is not running in this test JVM");
        }
        return b;
    }

    /** One packaged service process; {@link #stop()} and {@link #start()} keep its port and database. */
    public static final class Backend {

        private final String module;
        private final String database;
        private final Map<String, String> env;
        private final int port;
        private Process process;

        Backend(String module, String database, Map<String, String> env) {
            this.module = module;
            this.database = database;
            this.env = env;
            this.port = freePort();
        }

        public String url() {
            return "http://127.0.0.1:" + port;
        }

        public LocalPostgres.Connection database() {
            return LocalPostgres.connection(database);
        }

        public synchronized void start() {
            if (process != null && process.isAlive()) {
                return;
            }
            Path root = RepoRoot.get();
            Path app = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(app)) {
                throw new IllegalStateException(app + " is missing: build the services first (./mvnw install "
                        + "builds them before the gateway)");
            }
            LocalPostgres.Connection db = LocalPostgres.connection(database);
            Path log = Path.of("target", "backends", module + ".log").toAbsolutePath();
            try {
                Files.createDirectories(log.getParent());
                ProcessBuilder pb = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", app.toString()))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                Map<String, String> e = pb.environment();
                e.put("QUARKUS_HTTP_PORT", String.valueOf(port));
                e.put("QUARKUS_HTTP_HOST", "127.0.0.1");
                e.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
                e.put("QUARKUS_DATASOURCE_USERNAME", db.user());
                e.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
                e.put("MP_JWT_VERIFY_PUBLICKEY", TestTokens.publicKeyBase64());
                e.put("JWT_ISSUER", TestTokens.ISSUER);
                env.forEach((k, v) -> e.put(k, resolve(v)));
                process = pb.start();
            } catch (IOException ex) {
                throw new IllegalStateException("cannot start " + module, ex);
            }
            awaitReady(log);
        }

        public synchronized void stop() {
            if (process != null) {
                if (process.isAlive()) {
                    try {
                        new ProcessBuilder("kill", "-CONT", String.valueOf(process.pid())).start().waitFor();
                    } catch (IOException e) {
                        // destroy() below still ends it
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                process.destroy();
                try {
                    if (!process.waitFor(20, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                process = null;
            }
        }

        /**
         * Freezes the process (SIGSTOP): it keeps its port and accepts connections but answers
         * nothing, like a service stuck in a long pause. {@link #thaw()} lets it go on.
         */
        public synchronized void freeze() {
            signal("-STOP");
        }

        public synchronized void thaw() {
            signal("-CONT");
        }

        private void signal(String signal) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException(module + " is not running");
            }
            try {
                Process kill = new ProcessBuilder("kill", signal, String.valueOf(process.pid())).inheritIO().start();
                if (kill.waitFor() != 0) {
                    throw new IllegalStateException("kill " + signal + " failed for " + module);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private void awaitReady(Path log) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(module + " exited at start; see " + log);
                }
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                try {
                    TimeUnit.MILLISECONDS.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            stop();
            throw new IllegalStateException(module + " was not ready within 120 s; see " + log);
        }

        private static String resolve(String value) {
            String result = value;
            for (var b : BACKENDS.entrySet()) {
                result = result.replace("${url:" + b.getKey() + "}", b.getValue().url());
            }
            return result;
        }

        private static int freePort() {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
