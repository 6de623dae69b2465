package org.carenetwork.facility.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.carenetwork.facility.domain.ReportStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code PATCH /facilities/{id}/reports/{reportId}}: the report's next status and why. */
@Schema(name = "ListingReportStatusUpdate", description = "A report's next status, with a note saying what staff found.")
public record ReportStatusUpdate(
        @NotNull ReportStatus status,
        @NotBlank @Size(max = 1000) @Schema(required = true, minLength = 1, description = "What staff found or did; "
                + "about the listing, never a patient's details.", example = "Called twice: the number is not in service.")
        String note) {
}
