package org.carenetwork.facility.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import did: listings new to the catalog, listings changed, listings already up to date,
 * and the rows it could not use, each with the reason (the first {@value #MAX_REJECTIONS_LISTED};
 * {@code rejected} counts them all). {@code line} is the CSV line (the header is line 1) or, for
 * JSON, the row's position in {@code rows} from 1. No count can pass the bytes of the largest body.
 */
@Schema(name = "ImportResult", description = "What the import did: listings new to the catalog, listings changed, listings "
        + "already up to date, and the rows it could not use with the reason.")
public record ImportResult(
        @Schema(required = true) Format format,
        @Schema(required = true) Layout layout,
        @Schema(required = true, minimum = "0", maximum = "" + ApiBounds.MAX_BODY_BYTES, description = "Rows read.")
        long rows,
        @Schema(required = true, minimum = "0", maximum = "" + ApiBounds.MAX_BODY_BYTES, description = "Listings new to the catalog.")
        long imported,
        @Schema(required = true, minimum = "0", maximum = "" + ApiBounds.MAX_BODY_BYTES,
                description = "Listings already in the catalog (same name and street address) that changed.")
        long updated,
        @Schema(required = true, minimum = "0", maximum = "" + ApiBounds.MAX_BODY_BYTES,
                description = "Listings already in the catalog as the file has them: not written, their `version` and `ETag` stay.")
        long unchanged,
        @Schema(required = true, minimum = "0", maximum = "" + ApiBounds.MAX_BODY_BYTES,
                description = "Rows that name one of the network's own sites (`source: NETWORK`, same name and address): "
                        + "a directory row never overwrites the network's entry, so nothing was written for them.")
        long skipped,
        @Schema(required = true, minimum = "0", maximum = "" + ApiBounds.MAX_BODY_BYTES, description = "Rows rejected, all of them.")
        long rejected,
        @Schema(required = true, maxItems = MAX_REJECTIONS_LISTED, description = "The first " + MAX_REJECTIONS_LISTED
                + " rejected rows, in file order, each with its line and reason.")
        List<Rejection> rejections,
        @Schema(required = true, maxItems = MAX_REJECTIONS_LISTED, description = "The first " + MAX_REJECTIONS_LISTED
                + " skipped rows, in file order, each with its line, the network site it names and the reason.")
        List<Skip> skippedRows) {

    public static final int MAX_REJECTIONS_LISTED = 1000;
    public static final int MAX_REASON = 500;

    @Schema(name = "ImportFormat", description = "`NSSATS_CSV`: the N-SSATS directory CSV; `FINDTREATMENT_JSON`: a "
            + "FindTreatment.gov JSON v2 export; `HSDS_JSON`: an Open Referral HSDS 3.0 dataset of services.")
    public enum Format { NSSATS_CSV, FINDTREATMENT_JSON, HSDS_JSON }

    @Schema(name = "ImportLayout", description = "The layout the import detected: `NSSATS_2015`, the 2015 N-SSATS "
            + "directory CSV (`Name1..3, Address1..3, City, State, ZIP_Code, Contact, Note, Keys, ...`, with or without "
            + "`Longitude`/`Latitude`); `NSSATS_LATER`, the later directory CSV (`Year, Page, Center_name, Street_address, "
            + "City, State, Postal_code, Phone, Keys`, no coordinates); `FINDTREATMENT_V2`, a FindTreatment.gov JSON v2 "
            + "export; `HSDS_3_0`, an Open Referral HSDS 3.0 dataset of services. The facility service's README tables "
            + "each layout's columns.")
    public enum Layout { NSSATS_2015, NSSATS_LATER, FINDTREATMENT_V2, HSDS_3_0 }

    @Schema(name = "ImportSkip", description = "A row that names one of the network's own sites: not written.")
    public record Skip(
            @Schema(required = true, minimum = "1", maximum = "" + ApiBounds.MAX_BODY_BYTES,
                    description = "The CSV line (the header is line 1) or, for JSON, the row's position in `rows` from 1.")
            long line,
            @Schema(required = true, description = "The network's site with the same name and address.")
            java.util.UUID facilityId,
            @Schema(required = true, maxLength = MAX_REASON,
                    example = "the network's own site (same name and address): a directory row never overwrites it")
            String reason) {
    }

    @Schema(name = "ImportRejection", description = "A row the import could not use.")
    public record Rejection(
            @Schema(required = true, minimum = "1", maximum = "" + ApiBounds.MAX_BODY_BYTES,
                    description = "The CSV line (the header is line 1) or, for JSON, the row's position in `rows` (HSDS: "
                            + "the service's in `contents`) from 1.")
            long line,
            @Schema(required = true, maxLength = MAX_REASON, example = "the same site (name and address) as line 2723")
            String reason) {
    }
}
