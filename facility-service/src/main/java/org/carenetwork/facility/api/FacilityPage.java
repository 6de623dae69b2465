package org.carenetwork.facility.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a facility search: common-web's {@code Page} (the same fields and bounds, which
 * ContractDocumentTests holds equal) and {@code totalIsEstimate}. A search counts its matches
 * exactly up to {@code carenet.facility.exact-total-cap} (1,000) and estimates past it, so its
 * cost does not grow with every site in a large circle (bench/README.md).
 */
@Schema(name = "FacilityPage", description = "One page of facilities.")
public record FacilityPage(
        @Schema(required = true, maxItems = 100, description = "This page's items, at most `size`.") List<FacilityView> items,
        @Schema(required = true, minimum = "0", maximum = "100000", description = "The page number, from 0.") int page,
        @Schema(required = true, minimum = "1", maximum = "100", description = "The page size asked for.") int size,
        @Schema(required = true, minimum = "0", maximum = "100000000", description = "How many items match in all.") long total,
        @Schema(required = true, description = "`false`: `total` is the exact number of matches, as it is whenever "
                + "there are at most 1,000. `true`: more than 1,000 match and `total` is an estimate, always above "
                + "1,000 (a distance search extrapolates from how far off the 1,001st nearest match is; a search "
                + "without a centre takes the database's statistics). Page through the items by `page` as "
                + "usual: the items and their order are exact either way.") boolean totalIsEstimate) {
}
