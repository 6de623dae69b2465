package org.carenetwork.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.carenetwork.testing.ServiceProcess;
import org.carenetwork.testing.TestTokens;

/**
 * The packaged suite as a brand site's visitor reaches it: the four services with fresh databases
 * and the demo data, and the gateway in front of them serving the find-care page, each a process on
 * its own port, started once per test JVM. Beside it, a stand-in brand site on another origin (another
 * port) that embeds the page with the embed snippet; the gateway lets that origin frame the page.
 */
final class WebSuite {

    /** The demo brand "Midwest Recovery Centers" (facility-service's demo data). */
    static final String MIDWEST = "6a1c0d2e-3f4b-4c5d-8e6f-000000000001";

    private static volatile String gateway;
    private static volatile String brandSite;

    private WebSuite() {
    }

    /** The gateway's address, {@code http://127.0.0.1:<port>}. */
    static synchronized String gateway() {
        if (gateway == null) {
            HttpServer site = brandSite();
            brandSite = "http://127.0.0.1:" + site.getAddress().getPort();
            process(Map.of("module", "facility-service", "database", "facility_web_test",
                    "env.CARENET_DEMO_DATA_ENABLED", "true"));
            process(Map.of("module", "assessment-service", "database", "assessment_web_test", "env.QUARKUS_PROFILE", "test"));
            process(Map.of("module", "insurance-service", "database", "insurance_web_test", "env.QUARKUS_PROFILE", "test",
                    "env.FACILITY_SERVICE_URL", "${url:facility-service}", "env.CARENET_DEMO_DATA_ENABLED", "true"));
            process(Map.of("module", "referral-service", "database", "referral_web_test", "env.QUARKUS_PROFILE", "test",
                    "env.FACILITY_SERVICE_URL", "${url:facility-service}", "env.INSURANCE_SERVICE_URL", "${url:insurance-service}"));
            process(Map.ofEntries(Map.entry("module", "gateway"), Map.entry("database", "gateway_web_test"),
                    Map.entry("env.FACILITY_SERVICE_URL", "${url:facility-service}"),
                    Map.entry("env.ASSESSMENT_SERVICE_URL", "${url:assessment-service}"),
                    Map.entry("env.INSURANCE_SERVICE_URL", "${url:insurance-service}"),
                    Map.entry("env.REFERRAL_SERVICE_URL", "${url:referral-service}"),
                    Map.entry("env.SMALLRYE_JWT_SIGN_KEY", TestTokens.privateKeyPem()),
                    // One browser from one address walks many flows; the limits themselves are the gateway's tests'.
                    Map.entry("env.GATEWAY_RATE_LIMIT_ANONYMOUS_WRITE", "100000"),
                    Map.entry("env.GATEWAY_RATE_LIMIT_ANONYMOUS_READ", "100000"),
                    // A browser test waits on the page, not on a clock: on a loaded machine the care match
                    // must not turn into a 503 because a backend answered in 2.5 s (the budget is the gateway's tests').
                    Map.entry("env.GATEWAY_BACKEND_TIMEOUT_MS", "15000"),
                    Map.entry("env.GATEWAY_CARE_MATCH_BUDGET", "20s"),
                    Map.entry("env.WEB_FRAME_ANCESTORS", "'self' " + brandSite)));
            gateway = ServiceProcess.backend("gateway").url();
        }
        return gateway;
    }

    /** The stand-in brand site's page with the embed snippet, on its own origin. */
    static String brandPage() {
        gateway();
        return brandSite + "/";
    }

    static ServiceProcess.Backend backend(String module) {
        gateway();
        return ServiceProcess.backend(module);
    }

    private static HttpServer brandSite() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = ("""
                        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Midwest Recovery Centers</title></head>
                        <body><h1>Midwest Recovery Centers</h1>
                        <div data-carenet-find-care data-org="%s" data-title="Find care with Midwest Recovery Centers"></div>
                        <script src="%s/embed.js" async></script></body></html>
                        """.formatted(MIDWEST, gateway == null ? ServiceProcess.backend("gateway").url() : gateway))
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.setExecutor(null);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the stand-in brand site", e);
        }
    }

    private static void process(Map<String, String> args) {
        ServiceProcess process = new ServiceProcess();
        process.init(args);
        process.start();
    }
}
