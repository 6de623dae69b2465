package org.carenetwork.gateway;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.carenetwork.testing.ServiceProcess;
import org.carenetwork.testing.TestTokens;

/**
 * The gateway's tests run against the real, packaged domain services, each a process on its own
 * port with its own fresh database.
 */
@WithTestResource(value = ServiceProcess.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "module", value = "facility-service"),
                @ResourceArg(name = "database", value = "facility_gw_test")})
public final class Backends {

    public static final String FACILITY = "facility-service";

    static {
        // The gateway verifies the same tokens as the services it calls.
        TestTokens.verificationConfig().forEach(System::setProperty);
    }

    private Backends() {
    }
}
