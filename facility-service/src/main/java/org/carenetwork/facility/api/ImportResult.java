package org.carenetwork.facility.api;

import java.util.List;

/**
 * What an import did: listings new to the catalog, listings changed, listings already up to date,
 * and each row it could not use with the reason. {@code line} is the CSV line (the header is
 * line 1) or, for JSON, the row's position in {@code rows} from 1.
 */
public record ImportResult(Format format, long rows, long imported, long updated, long unchanged, long rejected,
                           List<Rejection> rejections) {

    public enum Format { NSSATS_CSV, FINDTREATMENT_JSON }

    public record Rejection(long line, String reason) {
    }
}
