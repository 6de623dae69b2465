package org.carenetwork.facility.api;

import java.time.Instant;
import java.util.UUID;
import org.carenetwork.facility.domain.ReportReason;
import org.carenetwork.vocabulary.LevelOfCare;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A listing report as the admins see it; {@code reportedBy} is the caller's role (or ANONYMOUS). */
// A description beside a nullable reference makes the scan write a bare string type: levelOfCare's is said here.
@Schema(name = "ListingReport", description = "A caller's flag on a listing, kept for the admins; `levelOfCare` names the "
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
        @Schema(required = true) Instant createdAt) {
}
