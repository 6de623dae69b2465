package org.carenetwork.gateway;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.carenetwork.testing.ServiceProcess;
import org.carenetwork.testing.TokenConfig;

/**
 * The gateway's tests run against the real, packaged domain services, each a process on its own
 * port with its own fresh database.
 */
@WithTestResource(value = ServiceProcess.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "module", value = "facility-service"),
                @ResourceArg(name = "database", value = "facility_gw_test")})
@WithTestResource(value = TokenConfig.class, scope = TestResourceScope.GLOBAL)
public final class Backends {

    public static final String FACILITY = "facility-service";

    /** API keys whose hashes application.properties configures for the test profile. */
    public static final String PARTNER_KEY = "test-partner-key-7f3a9c";
    public static final String ADMIN_KEY = "test-admin-key-51be02";

    private Backends() {
    }
}
