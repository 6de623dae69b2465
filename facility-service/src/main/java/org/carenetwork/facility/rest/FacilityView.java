package org.carenetwork.facility.rest;

import java.time.Instant;
import java.util.UUID;
import org.carenetwork.facility.Facility;

/** A facility as the API shows it. */
public record FacilityView(UUID id, String name, OrganizationRef organization, Address address, Location location,
                           String phone, String website, String timezone, Facility.Source source, Instant updatedAt,
                           long version) {

    public record OrganizationRef(UUID id, String name) {
    }

    public record Address(String line1, String line2, String city, String state, String postalCode) {
    }

    public record Location(double lat, double lon) {
    }

    static FacilityView of(Facility f) {
        return new FacilityView(f.id, f.name,
                f.organization == null ? null : new OrganizationRef(f.organization.id, f.organization.name),
                new Address(f.line1, f.line2, f.city, f.state, f.postalCode),
                f.lat == null || f.lon == null ? null : new Location(f.lat, f.lon),
                f.phone, f.website, f.timezone, f.source, f.updatedAt, f.version);
    }
}
