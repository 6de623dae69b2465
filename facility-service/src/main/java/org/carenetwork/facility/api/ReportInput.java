package org.carenetwork.facility.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.carenetwork.facility.domain.ReportReason;
import org.carenetwork.vocabulary.LevelOfCare;

/** A caller's flag on a listing: what is wrong, for which program if it is about one, and a note. */
public record ReportInput(@NotNull ReportReason reason, LevelOfCare levelOfCare, @Size(max = 1000) String note) {
}
