package org.carenetwork.facility.api;

import java.util.List;

/**
 * What an import did: listings new to the catalog, listings changed, listings already up to date,
 * and the rows it could not use, each with the reason (the first {@value #MAX_REJECTIONS_LISTED};
 * {@code rejected} counts them all). {@code line} is the CSV line (the header is line 1) or, for
 * JSON, the row's position in {@code rows} from 1.
 */
public record ImportResult(Format format, long rows, long imported, long updated, long unchanged, long rejected,
                           List<Rejection> rejections) {

    public static final int MAX_REJECTIONS_LISTED = 1000;
    public static final int MAX_REASON = 500;

    public enum Format { NSSATS_CSV, FINDTREATMENT_JSON }

    public record Rejection(long line, String reason) {
    }
}
