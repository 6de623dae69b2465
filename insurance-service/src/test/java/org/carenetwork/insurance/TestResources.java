package org.carenetwork.insurance;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.carenetwork.testing.LocalPostgres;
import org.carenetwork.testing.ServiceProcess;

/**
 * Every test of this module runs against a fresh {@code insurance_test} database on the local
 * cluster, and the real packaged facility-service (its own {@code facility_ins_test} database),
 * which the service asks whether a facility exists.
 */
@WithTestResource(value = LocalPostgres.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "insurance_test"))
@WithTestResource(value = ServiceProcess.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "module", value = "facility-service"),
                @ResourceArg(name = "database", value = "facility_ins_test")})
public final class TestResources {

    public static final String FACILITY_SERVICE = "facility-service";

    private TestResources() {
    }
}
