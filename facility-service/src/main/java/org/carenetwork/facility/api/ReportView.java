package org.carenetwork.facility.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.carenetwork.facility.domain.ReportReason;
import org.carenetwork.facility.domain.ReportStatus;
import org.carenetwork.vocabulary.LevelOfCare;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A listing report as staff see it; {@code reportedBy} is the caller's role (or ANONYMOUS), and
 * {@code history} every step of its status, the filing first.
 */
// A description beside a nullable reference makes the scan write a bare string type: levelOfCare's is said here.
@Schema(name = "ListingReport", description = "A caller's flag on a listing, worked by staff; `levelOfCare` names the "
        + "program it is about, or is null.")
public record ReportView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID facilityId,
        @Schema(required = true) ReportReason reason,
        @Schema(required = true, nullable = true) LevelOfCare levelOfCare,
        @Schema(required = true, nullable = true, maxLength = 1000) String note,
        @Schema(required = true, enumeration = {"ANONYMOUS", "ADMIN", "ADMISSIONS", "CALL_CENTER", "PARTNER", "AUTHENTICATED"},
                maxLength = 13, description = "The reporter's role, never a name: `ANONYMOUS` without credentials, the "
                + "first of `ADMIN`, `ADMISSIONS`, `CALL_CENTER`, `PARTNER` the caller has, else `AUTHENTICATED`.")
        String reportedBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) ReportStatus status,
        @Schema(required = true, minItems = 1, maxItems = 3, description = "Every step of the report's status, the "
                + "filing (`from`: null, `to`: `OPEN`) first; a report takes at most two steps after it (`OPEN → CONFIRMED → FIXED`).")
        List<Change> history) {

    /** One step of a report's status. */
    // from is a nullable reference: its description is said here, as the scan would drop it.
    @Schema(name = "ListingReportChange", description = "One step of a report's status: `from` is null for the filing.")
    public record Change(
            @Schema(required = true, nullable = true) ReportStatus from,
            @Schema(required = true) ReportStatus to,
            @Schema(required = true, maxLength = 200, description = "Who: the staff member's login (the token's "
                    + "subject); for the filing, the reporter's role as in `reportedBy`, never a name.",
                    example = "callcenter@carenet.example")
            String by,
            @Schema(required = true) Instant at,
            @Schema(required = true, nullable = true, maxLength = 1000, description = "Why, as staff wrote it; null for "
                    + "the filing (its note is the report's).")
            String note) {
    }
}
