package org.carenetwork.facility.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.carenetwork.facility.domain.ReportReason;
import org.carenetwork.vocabulary.LevelOfCare;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A caller's flag on a listing: what is wrong, for which program if it is about one, and a note. */
@Schema(name = "ListingReportInput", description = "What is wrong with a listing.")
public record ReportInput(
        @NotNull ReportReason reason,
        @Schema(description = "The program the report is about, when it is about one.") LevelOfCare levelOfCare,
        @Size(max = 1000) @Schema(description = "What the caller found; never a patient's details.",
                example = "The admissions number gives a disconnected tone.")
        String note) {
}
