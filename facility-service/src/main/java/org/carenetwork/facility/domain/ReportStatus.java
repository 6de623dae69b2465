package org.carenetwork.facility.domain;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a listing report is: {@code OPEN → CONFIRMED | FIXED | DISMISSED}, {@code CONFIRMED → FIXED}.
 * FIXED and DISMISSED close it; a wrong listing seen again is a new report.
 */
@Schema(name = "ListingReportStatus", description = "Where a listing report is: `OPEN` (filed, not yet checked), "
        + "`CONFIRMED` (staff checked: the listing is wrong), `FIXED` (the listing was corrected), `DISMISSED` (the "
        + "listing was right). Steps: `OPEN → CONFIRMED | FIXED | DISMISSED`, `CONFIRMED → FIXED`; `FIXED` and "
        + "`DISMISSED` close the report.")
public enum ReportStatus {
    OPEN, CONFIRMED, FIXED, DISMISSED;

    /** The statuses a report in this one may move to, in the order they are named. */
    public List<ReportStatus> next() {
        return switch (this) {
            case OPEN -> List.of(CONFIRMED, FIXED, DISMISSED);
            case CONFIRMED -> List.of(FIXED);
            case FIXED, DISMISSED -> List.of();
        };
    }

    public boolean canMoveTo(ReportStatus target) {
        return next().contains(target);
    }
}
