package org.carenetwork.facility.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.carenetwork.facility.domain.LocationPrecision;
import org.carenetwork.facility.domain.PhoneStatus;
import org.carenetwork.facility.domain.Source;
import org.carenetwork.vocabulary.PaymentType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A facility as the API shows it. Every field is always there (null when unknown), so a client,
 * and the gateway's care match that relays the record, reads one shape: {@code distanceMiles} is
 * null outside a distance search, {@code directoryCodes} keeps every code a national directory
 * listed for the site (empty for the network's own).
 * {@code programs} is the JSON array of {@link ProgramView}s as the database wrote it, sent as it
 * is: parsing and re-writing it cost more than the rest of a search (bench/README.md).
 *
 * <p>The bounds are what the catalog can hold (FacilityInput's limits, the import's and the
 * database's). Bean Validation on a list's items is how the OpenAPI scan learns their bounds;
 * nothing validates an answer.
 */
@Schema(name = "Facility", description = "A site of the catalog with the programs it runs, one per level of care. "
        + "Its `ETag` (from `GET /facilities/{id}`) or `version` makes a later write conditional.")
public record FacilityView(
        @Schema(required = true, description = "Stable, opaque.") UUID id,
        @Schema(required = true, maxLength = 300, example = "Midwest Recovery Center") String name,
        @Schema(required = true, nullable = true) OrganizationRef organization,
        @Schema(required = true) Address address,
        @Schema(required = true, nullable = true) Location location,
        @Schema(required = true, nullable = true, maxLength = 60, description = "The admissions number; a directory "
                + "listing's as `+1-AAA-BBB-CCCC` with ` xEXT` when it has an extension. Null when the catalog has none, "
                + "or when it is withheld as disconnected (`phoneStatus`).", example = "+1-833-657-0858")
        String phone,
        @Schema(required = true) PhoneStatus phoneStatus,
        @Schema(required = true, nullable = true, maxLength = 500, example = "https://www.midwestrecoverycenter.example")
        String website,
        @Schema(required = true, nullable = true, maxLength = 64, description = "The site's IANA time zone.",
                example = "America/New_York")
        String timezone,
        @JsonRawValue
        @Schema(required = true, type = SchemaType.ARRAY, implementation = ProgramView.class, maxItems = 7,
                description = "The site's programs, at most one per level of care, in the order DETOX, INPATIENT, "
                        + "RESIDENTIAL, PHP, IOP, OP, MAT.")
        String programs,
        @Schema(required = true, maxItems = 8, description = "What the site accepts at all, as national directories "
                + "record it; whether a payer's plan is in network is a network check.")
        List<PaymentType> paymentTypes,
        @Schema(required = true, maxItems = 20,
                description = "Languages spoken, as ISO 639 codes (`es`; `ase` for American Sign Language).")
        List<@Size(max = 3) @Pattern(regexp = "^[a-z]{2,3}$") String> languages,
        @Schema(required = true, maxItems = 20,
                description = "Accrediting bodies, as the catalog names them (`Joint Commission`, `CARF`).")
        List<@Size(max = 100) String> accreditations,
        @Schema(required = true, nullable = true, maxLength = 2000, description = "A note about the site; null when "
                + "the catalog has none.")
        String note,
        @Schema(required = true, maxItems = 300, description = "Every code a national directory listed for the site, "
                + "mapped to the vocabulary or not (N-SSATS codes such as `OIT`; FindTreatment labels as "
                + "`category: label`); empty for the network's own sites.")
        List<@Size(max = 300) String> directoryCodes,
        @Schema(required = true) Source source,
        @Schema(required = true, description = "True while a confirmed listing report says the site has closed: it is "
                + "left out of every search, and reads of it say so, until the report is marked `FIXED`.")
        boolean closed,
        @Schema(required = true, description = "When the entry or one of its programs' openings last changed.")
        Instant updatedAt,
        @Schema(required = true, minimum = "0", maximum = ApiBounds.MAX_LONG, description = "Goes up with every "
                + "change; send it back as `version` to make a write fail (409) if someone changed the site since.")
        long version,
        @Schema(required = true, nullable = true, minimum = "0", maximum = "500", description = "In a distance search, "
                + "the great-circle distance from the search centre in miles, to 0.01 mile; else null.", example = "0.4")
        Double distanceMiles) {

    // A description beside a nullable reference makes the scan write "type: object", which null fails: said here.
    @Schema(name = "OrganizationRef", description = "The brand a site belongs to. A facility's `organization` is null for "
            + "an independent site or a directory listing.")
    public record OrganizationRef(@Schema(required = true) UUID id,
                                  @Schema(required = true, maxLength = 200, example = "Midwest Recovery Centers") String name) {
    }

    @Schema(name = "FacilityAddress", description = "The site's postal address.")
    public record Address(
            @Schema(required = true, nullable = true, maxLength = 200, example = "1000 Example Ave") String line1,
            @Schema(required = true, nullable = true, maxLength = 200, description = "Suite, building or floor.") String line2,
            @Schema(required = true, maxLength = 100, example = "Toledo") String city,
            @Schema(required = true, maxLength = 2, pattern = "^[A-Z]{2}$", description = "Two-letter state code.", example = "OH")
            String state,
            @Schema(required = true, nullable = true, maxLength = 10, pattern = "^[0-9]{5}(-[0-9]{4})?$", example = "43604")
            String postalCode) {
    }

    @Schema(name = "FacilityLocation", description = "Where the site is, in WGS 84 degrees, and how the catalog "
            + "knows it (`precision`). A facility's `location` is null when the catalog has no coordinates for it: such a "
            + "site never matches a distance search.")
    public record Location(@Schema(required = true, minimum = "-90", maximum = "90", example = "41.6528") double lat,
                           @Schema(required = true, minimum = "-180", maximum = "180", example = "-83.5379") double lon,
                           @Schema(required = true) LocationPrecision precision) {
    }
}
