package org.carenetwork.facility.api;

import java.time.Instant;
import java.util.UUID;
import org.carenetwork.facility.domain.ReportReason;
import org.carenetwork.vocabulary.LevelOfCare;

/** A listing report as the admins see it; {@code reportedBy} is the caller's role (or ANONYMOUS). */
public record ReportView(UUID id, UUID facilityId, ReportReason reason, LevelOfCare levelOfCare, String note,
                         String reportedBy, Instant createdAt) {
}
