package org.carenetwork.partner;

import java.util.Map;
import org.carenetwork.testing.ServiceProcess;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged suite, as it runs in production: the four services and the gateway in front of
 * them, each a process on its own port (services with fresh databases and the demo data), started once
 * per test JVM.
 */
public final class PackagedSuite implements BeforeAllCallback {

    private static volatile String gateway;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    /** The gateway's address, {@code http://127.0.0.1:<port>}. */
    public static String gateway() {
        return start();
    }

    /** The gateway's public API root, {@code http://127.0.0.1:<port>/api/v1}. */
    public static String api() {
        return start() + "/api/v1";
    }

    private static synchronized String start() {
        if (gateway == null) {
            // With the demo data the document's examples name (ContractRunTests runs them).
            process(Map.of("module", "facility-service", "database", "facility_partner_test",
                    "env.CARENET_DEMO_DATA_ENABLED", "true"));
            process(Map.of("module", "assessment-service", "database", "assessment_partner_test", "env.QUARKUS_PROFILE", "test"));
            process(Map.of("module", "insurance-service", "database", "insurance_partner_test", "env.QUARKUS_PROFILE", "test",
                    "env.FACILITY_SERVICE_URL", "${url:facility-service}", "env.CARENET_DEMO_DATA_ENABLED", "true"));
            process(Map.of("module", "referral-service", "database", "referral_partner_test", "env.QUARKUS_PROFILE", "test",
                    "env.FACILITY_SERVICE_URL", "${url:facility-service}", "env.INSURANCE_SERVICE_URL", "${url:insurance-service}",
                    "env.CARENET_DEMO_DATA_ENABLED", "true"));
            process(Map.of("module", "gateway", "database", "gateway_partner_test",
                    "env.FACILITY_SERVICE_URL", "${url:facility-service}",
                    "env.ASSESSMENT_SERVICE_URL", "${url:assessment-service}",
                    "env.INSURANCE_SERVICE_URL", "${url:insurance-service}",
                    "env.REFERRAL_SERVICE_URL", "${url:referral-service}",
                    "env.SMALLRYE_JWT_SIGN_KEY", TestTokens.privateKeyPem()));
            gateway = ServiceProcess.backend("gateway").url();
        }
        return gateway;
    }

    private static void process(Map<String, String> args) {
        ServiceProcess process = new ServiceProcess();
        process.init(args);
        process.start();
    }
}
