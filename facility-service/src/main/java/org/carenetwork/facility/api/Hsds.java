package org.carenetwork.facility.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The catalog as Open Referral HSDS 3.0 objects (https://docs.openreferral.org/en/latest/hsds/),
 * the fields of HSDS's schemas this catalog can fill, with HSDS's own names. A field the catalog has
 * no value for is left out (HSDS types its optional fields without null). Every id is a UUID, as
 * HSDS requires: a service's is its program's, a location's its facility's; the ids of the objects
 * inside (phones, schedules, languages...) are derived from their owner's and stay the same across
 * reads (name-based UUIDs).
 */
public final class Hsds {

    private Hsds() {
    }

    static final String ID = "A UUID; stable across reads.";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsService", description = "An HSDS 3.0 `service`: one program of a site (one level of care), with "
            + "its organization, location, schedules, languages, service area, costs and taxonomy terms nested.")
    public record Service(
            @Schema(required = true, description = "The program's id.") UUID id,
            @Schema(required = true, description = "The organization that runs it (`organization.id`).") UUID organization_id,
            @Schema(required = true, maxLength = 400, example = "Midwest Recovery Center: Intensive outpatient (IOP)")
            String name,
            @Schema(required = true, maxLength = 4000) String description,
            @Schema(maxLength = 500, format = "uri", description = "The site's website.") String url,
            @Schema(required = true, enumeration = {"active", "inactive"}, description = "`inactive` for a site a "
                    + "confirmed listing report found closed.") String status,
            @Schema(maxLength = 1000, description = "The payment types the site accepts, in words.") String fees_description,
            @Schema(maxLength = 2000) String accreditations,
            @Schema(maxLength = 1000, description = "The groups the program is designed for, in words.")
            String eligibility_description,
            @Schema(maxLength = 500, description = "Set when the site's listed phone was found disconnected.") String alert,
            @Schema(maxLength = 40) Instant last_modified,
            @Schema(required = true, maxItems = 1) List<Phone> phones,
            @Schema(required = true, maxItems = 3) List<ServiceSchedule> schedules,
            @Schema(required = true, maxItems = 1) List<ServiceArea> service_areas,
            @Schema(required = true, maxItems = 1) List<ServiceAtLocation> service_at_locations,
            @Schema(required = true, maxItems = 100) List<Language> languages,
            @Schema(required = true) Organization organization,
            @Schema(required = true, maxItems = 8) List<CostOption> cost_options,
            @Schema(required = true, maxItems = 100, description = "Taxonomy terms: the level of care, populations, "
                    + "conditions, medications and payment types (the catalog's taxonomy; see the service's README).")
            List<Attribute> attributes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsOrganization", description = "An HSDS 3.0 `organization`: a brand of the network, or a site "
            + "without one (a directory listing), which is then its own organization, with the site's id.")
    public record Organization(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = 300, example = "Midwest Recovery Centers") String name,
            @Schema(required = true, maxLength = 500) String description,
            @Schema(maxLength = 500, format = "uri") String website,
            @Schema(maxItems = 1) List<Phone> phones) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsLocation", description = "An HSDS 3.0 `location`: a site, `physical`, with its address, "
            + "coordinates (WGS 84), phone and languages.")
    public record Location(
            @Schema(required = true, description = "The facility's id.") UUID id,
            @Schema(required = true, enumeration = "physical") String location_type,
            @Schema(required = true) UUID organization_id,
            @Schema(required = true, maxLength = 300, example = "Midwest Recovery Center") String name,
            @Schema(maxLength = 2000, description = "The site's note.") String description,
            @Schema(minimum = "-90", maximum = "90", example = "41.6528") Double latitude,
            @Schema(minimum = "-180", maximum = "180", example = "-83.5379") Double longitude,
            @Schema(required = true, maxItems = 100) List<Language> languages,
            @Schema(required = true, maxItems = 1) List<Address> addresses,
            @Schema(required = true, maxItems = 1) List<Phone> phones) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsServiceAtLocation", description = "Where a service is delivered: its site.")
    public record ServiceAtLocation(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID service_id,
            @Schema(required = true) UUID location_id,
            @Schema(required = true) Location location) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsAddress", description = "A site's postal address; `address_1` and `postal_code` are empty when "
            + "the catalog has none (HSDS requires them).")
    public record Address(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID location_id,
            @Schema(required = true, maxLength = 200, example = "1000 Example Ave") String address_1,
            @Schema(maxLength = 200) String address_2,
            @Schema(required = true, maxLength = 100, example = "Toledo") String city,
            @Schema(required = true, maxLength = 2, example = "OH") String state_province,
            @Schema(required = true, maxLength = 10, example = "43604") String postal_code,
            @Schema(required = true, enumeration = "US") String country,
            @Schema(required = true, enumeration = "physical") String address_type) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsPhone", description = "A phone number, `+1-AAA-BBB-CCCC`, with its extension.")
    public record Phone(
            @Schema(required = true) UUID id,
            UUID location_id,
            UUID service_id,
            UUID organization_id,
            @Schema(required = true, maxLength = 60, example = "+1-419-555-0100") String number,
            @Schema(minimum = "0", maximum = "999999") Integer extension,
            @Schema(required = true, enumeration = "voice") String type) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsSchedule", description = "When a program's sessions run, weekly: `DAY` and `EVENING` on "
            + "weekdays, `WEEKEND` on Saturday and Sunday; the catalog records no hours.")
    public record ServiceSchedule(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID service_id,
            @Schema(required = true, enumeration = "WEEKLY") String freq,
            @Schema(required = true, enumeration = "MO") String wkst,
            @Schema(required = true, enumeration = {"MO,TU,WE,TH,FR", "SA,SU"}) String byday,
            @Schema(required = true, maxLength = 100, example = "Evening sessions") String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsServiceArea", description = "The area served: the site's state (the catalog records no "
            + "narrower one).")
    public record ServiceArea(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID service_id,
            @Schema(required = true, maxLength = 2, example = "OH") String name,
            @Schema(required = true, maxLength = 200) String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsLanguage", description = "A language spoken, as its ISO 639 code.")
    public record Language(
            @Schema(required = true) UUID id,
            UUID service_id,
            UUID location_id,
            @Schema(required = true, maxLength = 100, example = "Spanish") String name,
            @Schema(required = true, maxLength = 3, example = "es") String code) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsCostOption", description = "A way to pay the site accepts, with its `payment_type` term.")
    public record CostOption(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID service_id,
            @Schema(required = true, maxLength = 100, example = "Medicaid") String option,
            @Schema(required = true, maxItems = 1) List<Attribute> attributes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsAttribute", description = "A taxonomy term applied to a service or a cost option.")
    public record Attribute(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID link_id,
            @Schema(required = true, enumeration = {"service", "cost_option"}) String link_entity,
            @Schema(required = true) UUID taxonomy_term_id,
            @Schema(required = true) TaxonomyTerm taxonomy_term) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HsdsTaxonomyTerm", description = "A term of the catalog's taxonomy: its `code` is the catalog's "
            + "value, its `taxonomy` the vocabulary (`level_of_care`, `population`, `condition`, `medication`, "
            + "`payment_type`).")
    public record TaxonomyTerm(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = 40, example = "IOP") String code,
            @Schema(required = true, maxLength = 100, example = "Intensive outpatient (IOP)") String name,
            @Schema(required = true, maxLength = 1000) String description,
            @Schema(required = true, maxLength = 20, example = "level_of_care") String taxonomy,
            @Schema(required = true) UUID taxonomy_id,
            @Schema(required = true, maxLength = 200, format = "uri",
                    example = "https://carenet.example/hsds/taxonomies/level_of_care/IOP") String term_uri) {
    }

    /** HSDA's paginated list (HSDS 3.0 openapi.json's {@code Page}), with its {@code contents}. */
    @Schema(name = "HsdsServicePage", description = "One page of HSDS services, as HSDA pages a list.")
    public record ServicePage(
            @Schema(required = true, minimum = "0", maximum = "100000000", description = "Services that match, in all.")
            long total_items,
            @Schema(required = true, minimum = "0", maximum = "100000000") long total_pages,
            @Schema(required = true, minimum = "1", maximum = "100000", description = "This page, from 1.") int page_number,
            @Schema(required = true, minimum = "0", maximum = "100", description = "Items on this page.") int size,
            @Schema(required = true) boolean first_page,
            @Schema(required = true) boolean last_page,
            @Schema(required = true, description = "True when nothing matches.") boolean empty,
            @Schema(required = true, maxItems = 100) List<Service> contents) {
    }

    @Schema(name = "HsdsOrganizationPage", description = "One page of HSDS organizations, as HSDA pages a list.")
    public record OrganizationPage(
            @Schema(required = true, minimum = "0", maximum = "100000000") long total_items,
            @Schema(required = true, minimum = "0", maximum = "100000000") long total_pages,
            @Schema(required = true, minimum = "1", maximum = "100000") int page_number,
            @Schema(required = true, minimum = "0", maximum = "100") int size,
            @Schema(required = true) boolean first_page,
            @Schema(required = true) boolean last_page,
            @Schema(required = true) boolean empty,
            @Schema(required = true, maxItems = 100) List<Organization> contents) {
    }

    @Schema(name = "HsdsLocationPage", description = "One page of HSDS locations, as HSDA pages a list.")
    public record LocationPage(
            @Schema(required = true, minimum = "0", maximum = "100000000") long total_items,
            @Schema(required = true, minimum = "0", maximum = "100000000") long total_pages,
            @Schema(required = true, minimum = "1", maximum = "100000") int page_number,
            @Schema(required = true, minimum = "0", maximum = "100") int size,
            @Schema(required = true) boolean first_page,
            @Schema(required = true) boolean last_page,
            @Schema(required = true) boolean empty,
            @Schema(required = true, maxItems = 100) List<Location> contents) {
    }

    /** The page fields HSDA derives from a total, a page from 1 and a page size. */
    public record Paging(long totalItems, long totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
                         boolean empty) {
        public static Paging of(long total, int pageNumber, int perPage, int items) {
            long pages = (total + perPage - 1) / perPage;
            return new Paging(total, pages, pageNumber, items, pageNumber == 1, pageNumber >= pages, total == 0);
        }
    }
}
