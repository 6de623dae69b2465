package org.carenetwork.common.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list envelope of the API: {@code items}, {@code page} (from 0), {@code size}, {@code total}. */
public record Page<T>(
        @Schema(required = true, maxItems = 100, description = "This page's items, at most `size`.") List<T> items,
        @Schema(required = true, minimum = "0", maximum = "100000", description = "The page number, from 0.") int page,
        @Schema(required = true, minimum = "1", maximum = "100", description = "The page size asked for.") int size,
        @Schema(required = true, minimum = "0", maximum = "100000000", description = "How many items match in all.") long total) {
}
