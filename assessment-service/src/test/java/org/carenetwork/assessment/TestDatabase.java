package org.carenetwork.assessment;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.carenetwork.testing.LocalPostgres;

/** Every test of this module runs against a fresh {@code assessment_test} database on the local cluster. */
@WithTestResource(value = LocalPostgres.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "assessment_test"))
public final class TestDatabase {

    private TestDatabase() {
    }
}
