package org.carenetwork.insurance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.carenetwork.insurance.api.CoverageRequestViews;
import org.junit.jupiter.api.Test;

class CoverageStatusTests {

    /** The document bounds a request's history (maxItems); a longer workflow must move the bound with it. */
    @Test
    void longestHistory_isTheReceiptAndTheWorkflowsLongestPath() {
        assertEquals(CoverageRequestViews.MAX_HISTORY, 1 + longestPathFrom(CoverageStatus.RECEIVED));
    }

    private static int longestPathFrom(CoverageStatus status) {
        // The workflow has no cycles (a repeat is refused), so this ends.
        return status.next().stream().mapToInt(next -> 1 + longestPathFrom(next)).max().orElse(0);
    }
}
