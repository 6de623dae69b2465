package org.carenetwork.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.carenetwork.testing.PackageLayout;
import org.junit.jupiter.api.Test;

/** The suite's one service layout (test-support's PackageLayout): rest uses service, never the reverse. */
class PackageLayoutTests {

    @Test
    void everyClass_isInALayer_andImportsPointOneWay() {
        assertEquals(List.of(), PackageLayout.violations(Path.of("src/main/java"), "org.carenetwork.referral"));
    }
}
