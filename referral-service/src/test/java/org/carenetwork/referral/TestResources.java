package org.carenetwork.referral;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.carenetwork.testing.LocalPostgres;
import org.carenetwork.testing.ServiceProcess;

/**
 * Every test of this module runs against a fresh {@code referral_test} database on the local
 * cluster and the real packaged facility-service and insurance-service (each with its own fresh
 * database, insurance-service asking facility-service as it does in production), started as
 * processes, which the service asks over HTTP whether a facility runs a level and whether it is in
 * network.
 */
@WithTestResource(value = LocalPostgres.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "referral_test"))
@WithTestResource(value = ServiceProcess.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "module", value = "facility-service"),
                @ResourceArg(name = "database", value = "facility_ref_test")})
@WithTestResource(value = ServiceProcess.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "module", value = "insurance-service"),
                @ResourceArg(name = "database", value = "insurance_ref_test"),
                @ResourceArg(name = "env.QUARKUS_PROFILE", value = "test"),
                @ResourceArg(name = "env.FACILITY_SERVICE_URL", value = "${url:facility-service}")})
public final class TestResources {

    public static final String FACILITY_SERVICE = "facility-service";
    public static final String INSURANCE_SERVICE = "insurance-service";

    private TestResources() {
    }
}
