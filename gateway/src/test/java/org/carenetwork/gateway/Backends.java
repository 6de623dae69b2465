package org.carenetwork.gateway;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.carenetwork.testing.ServiceProcess;
import org.carenetwork.testing.TokenConfig;

/**
 * The gateway's tests run against the real, packaged domain services, each a process on its own
 * port with its own fresh database: facility-service, assessment-service (with the test profile's
 * encryption key), insurance-service (which asks facility-service whether a facility exists) and
 * referral-service (which asks both about a referral's site and the person's plan).
 */
@WithTestResource(value = ServiceProcess.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "module", value = "facility-service"),
                @ResourceArg(name = "database", value = "facility_gw_test")})
@WithTestResource(value = ServiceProcess.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "module", value = "assessment-service"),
                @ResourceArg(name = "database", value = "assessment_gw_test"),
                @ResourceArg(name = "env.QUARKUS_PROFILE", value = "test")})
@WithTestResource(value = ServiceProcess.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "module", value = "insurance-service"),
                @ResourceArg(name = "database", value = "insurance_gw_test"),
                @ResourceArg(name = "env.QUARKUS_PROFILE", value = "test"),
                @ResourceArg(name = "env.FACILITY_SERVICE_URL", value = "${url:facility-service}")})
@WithTestResource(value = ServiceProcess.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "module", value = "referral-service"),
                @ResourceArg(name = "database", value = "referral_gw_test"),
                @ResourceArg(name = "env.QUARKUS_PROFILE", value = "test"),
                @ResourceArg(name = "env.FACILITY_SERVICE_URL", value = "${url:facility-service}"),
                @ResourceArg(name = "env.INSURANCE_SERVICE_URL", value = "${url:insurance-service}")})
@WithTestResource(value = TokenConfig.class, scope = TestResourceScope.GLOBAL)
public final class Backends {

    public static final String FACILITY = "facility-service";
    public static final String ASSESSMENT = "assessment-service";
    public static final String INSURANCE = "insurance-service";
    public static final String REFERRAL = "referral-service";

    /** API keys whose hashes application.properties configures for the test profile. */
    public static final String PARTNER_KEY = "test-partner-key-7f3a9c";
    public static final String ADMIN_KEY = "test-admin-key-51be02";

    private Backends() {
    }
}
