package org.carenetwork.insurance.api;

import java.time.LocalDate;
import java.util.List;
import org.carenetwork.insurance.domain.ApiText;
import org.carenetwork.insurance.domain.NetworkResult;
import org.carenetwork.vocabulary.PlanType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The envelope of {@code POST /network-checks}: the question as understood, and one result per facility and level. */
@Schema(name = "NetworkCheckResult", description = "The question as understood, and one result per facility and level.")
public record NetworkCheckResponse(
        @Schema(required = true, maxLength = 100, description = "The payer: our id when it was recognised, else as sent.",
                example = "aetna") String payer,
        @Schema(required = true, nullable = true, maxLength = ApiText.PLAN_TYPE_MAX, pattern = ApiText.ENUM_NAME,
                description = "The plan type asked about; null when none was.")
        PlanType planType,
        @Schema(required = true, description = "The day answered for.", example = "2026-11-22") LocalDate asOf,
        @Schema(required = true, maxItems = NetworkCheckRequest.MAX_RESULTS, description = "One result per facility (in the "
                + "order asked, duplicates once; without `facilityIds`, by facility id) and level (in the order `DETOX "
                + "INPATIENT RESIDENTIAL PHP IOP OP MAT`): at most " + NetworkCheckRequest.MAX_FACILITIES + " × 7.")
        List<NetworkResult> results) {
}
