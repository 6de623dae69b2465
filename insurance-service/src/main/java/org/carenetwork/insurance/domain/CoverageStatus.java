package org.carenetwork.insurance.domain;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The queue's workflow: RECEIVED → IN_REVIEW → VERIFIED | NOT_COVERED | NEEDS_INFO → CONTACTED.
 * CONTACTED closes a request (and starts its retention period).
 */
@Schema(name = "CoverageStatus", description = "Where a coverage request is in its workflow: `RECEIVED → IN_REVIEW → "
        + "VERIFIED | NOT_COVERED | NEEDS_INFO → CONTACTED`; `CONTACTED` closes it.")
public enum CoverageStatus {
    RECEIVED, IN_REVIEW, VERIFIED, NOT_COVERED, NEEDS_INFO, CONTACTED;

    public Set<CoverageStatus> next() {
        return switch (this) {
            case RECEIVED -> Set.of(IN_REVIEW);
            case IN_REVIEW -> Set.of(VERIFIED, NOT_COVERED, NEEDS_INFO);
            case VERIFIED, NOT_COVERED, NEEDS_INFO -> Set.of(CONTACTED);
            case CONTACTED -> Set.of();
        };
    }

    public boolean canMoveTo(CoverageStatus target) {
        return next().contains(target);
    }

    public boolean closed() {
        return this == CONTACTED;
    }
}
