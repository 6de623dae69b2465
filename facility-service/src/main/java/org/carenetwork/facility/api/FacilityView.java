package org.carenetwork.facility.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.carenetwork.facility.domain.Source;
import org.carenetwork.vocabulary.PaymentType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A facility as the API shows it. {@code distanceMiles} is there only in a distance search;
 * {@code directoryCodes} keeps every code a national directory listed for the site.
 * {@code programs} is the JSON array of {@link ProgramView}s as the database wrote it, sent as it
 * is: parsing and re-writing it cost more than the rest of a search (bench/README.md).
 */
public record FacilityView(UUID id, String name, OrganizationRef organization, Address address, Location location,
                           String phone, String website, String timezone,
                           @JsonRawValue @Schema(type = SchemaType.ARRAY, implementation = ProgramView.class) String programs,
                           List<PaymentType> paymentTypes, List<String> languages, List<String> accreditations,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String note,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> directoryCodes,
                           Source source, Instant updatedAt, long version,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Double distanceMiles) {

    public record OrganizationRef(UUID id, String name) {
    }

    public record Address(String line1, String line2, String city, String state, String postalCode) {
    }

    public record Location(double lat, double lon) {
    }
}
