package org.carenetwork.facility.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code Page<ReportView>} as the OpenAPI document names it. Never built: the report list answers
 * common-web's {@code Page}, but an annotation cannot name a generic type, and a response that
 * carries examples must name its schema. The fields and bounds are Page's (ContractDocumentTests
 * holds them equal).
 */
@Schema(name = "ListingReportPage", description = "One page of listing reports.")
public record ListingReportPage(
        @Schema(required = true, maxItems = 100, description = "This page's items, at most `size`.") List<ReportView> items,
        @Schema(required = true, minimum = "0", maximum = "100000", description = "The page number, from 0.") int page,
        @Schema(required = true, minimum = "1", maximum = "100", description = "The page size asked for.") int size,
        @Schema(required = true, minimum = "0", maximum = "100000000", description = "How many items match in all.") long total) {
}
