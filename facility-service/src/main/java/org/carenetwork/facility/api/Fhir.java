package org.carenetwork.facility.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The catalog as a FHIR R4 provider directory, shaped after Da Vinci PDex Plan-Net: the few FHIR
 * elements this service writes, typed, so the OpenAPI document describes exactly what is served
 * (the answers are these records as Jackson writes them; no FHIR library at run time). Empty and
 * null elements are left out, as FHIR JSON requires. The codes and canonical URLs are constants
 * here; facility-service's README ("FHIR provider directory") lists them.
 */
public final class Fhir {

    public static final String MEDIA_TYPE = "application/fhir+json";

    public static final String PLAN_NET = "http://hl7.org/fhir/us/davinci-pdex-plan-net";
    public static final String PROFILE_HEALTHCARE_SERVICE = PLAN_NET + "/StructureDefinition/plannet-HealthcareService";
    public static final String PROFILE_LOCATION = PLAN_NET + "/StructureDefinition/plannet-Location";
    public static final String PROFILE_ORGANIZATION = PLAN_NET + "/StructureDefinition/plannet-Organization";
    public static final String EXT_NEW_PATIENTS = PLAN_NET + "/StructureDefinition/newpatients";
    public static final String EXT_DELIVERY_METHOD = PLAN_NET + "/StructureDefinition/delivery-method";
    public static final String CATEGORY_SYSTEM = PLAN_NET + "/CodeSystem/HealthcareServiceCategoryCS";
    public static final String ACCEPTING_SYSTEM = PLAN_NET + "/CodeSystem/AcceptingPatientsCS";
    public static final String DELIVERY_SYSTEM = PLAN_NET + "/CodeSystem/DeliveryMethodCS";
    public static final String ORG_TYPE_SYSTEM = PLAN_NET + "/CodeSystem/OrgTypeCS";
    /** Our levels of care (LevelOfCare's names) as HealthcareService.type codes. */
    public static final String LEVEL_OF_CARE_SYSTEM = "https://carenet.example/fhir/CodeSystem/level-of-care";
    /** The conditions a program treats (Condition's names) as HealthcareService.specialty codes. */
    public static final String CONDITION_SYSTEM = "https://carenet.example/fhir/CodeSystem/condition";

    static final String ID = "^[A-Za-z0-9.-]{1,64}$";
    static final int URL_MAX = 2000;
    /** A link repeats the query as called: as long as a request line may be (Quarkus: 4096). */
    static final int LINK_MAX = 8192;

    /** A FHIR date search value of {@code _lastUpdated}: a prefix, then a date or an instant with its zone. */
    public static final String DATE_SEARCH = "^(eq|gt|ge|lt|le)?[0-9]{4}-[0-9]{2}-[0-9]{2}"
            + "(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2}))?$";

    private Fhir() {
    }

    /** The document's item schema of {@code _lastUpdated} (never instantiated). */
    @Schema(name = "PlanNetDateSearch", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            maxLength = 40, pattern = DATE_SEARCH, examples = "ge2026-01-01",
            description = "`ge`, `gt`, `le`, `lt` or `eq` (the default), then a date or an instant with its zone.")
    public static final class DateSearch {
        private DateSearch() {
        }
    }

    @Schema(name = "PlanNetMeta", description = "The Plan-Net profile the resource is shaped after, and when it last changed.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Meta(
            @Schema(required = true, minItems = 1, maxItems = 1) List<@Size(max = 100) String> profile,
            @Schema(required = true, maxLength = 40, format = "date-time") String lastUpdated) {
    }

    @Schema(name = "PlanNetCoding")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Coding(
            @Schema(required = true, maxLength = 100, format = "uri") String system,
            @Schema(required = true, maxLength = 40) String code,
            @Schema(maxLength = 100) String display) {
    }

    @Schema(name = "PlanNetCodeableConcept")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CodeableConcept(
            @Schema(required = true, minItems = 1, maxItems = 1) List<Coding> coding,
            @Schema(maxLength = 200) String text) {
    }

    @Schema(name = "PlanNetReference", description = "A reference to a resource of this directory, relative to its base.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Reference(
            @Schema(required = true, maxLength = 100, pattern = "^(Location|Organization|HealthcareService)/[A-Za-z0-9.-]{1,64}$",
                    examples = "Location/3c9a4e1e-5a0e-4b8e-9d7e-7f0b2a7f4c11")
            String reference,
            @Schema(maxLength = 300) String display) {
    }

    @Schema(name = "PlanNetContactPoint")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ContactPoint(
            @Schema(required = true, enumeration = {"phone", "url"}) String system,
            @Schema(required = true, maxLength = 500) String value,
            @Schema(enumeration = "work") String use) {
    }

    @Schema(name = "PlanNetExtension", description = "A Plan-Net extension (`newpatients`, `delivery-method`): its parts.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Extension(
            @Schema(required = true, maxLength = 100) String url,
            @Schema(required = true, minItems = 1, maxItems = 2) List<ExtensionPart> extension) {
    }

    /**
     * One part of a Plan-Net extension. A schema of its own rather than a recursive
     * {@code PlanNetExtension}: the parts Plan-Net defines here carry a value, never parts, and a
     * circular schema breaks tools that read the document (Portman's contract run among them).
     */
    @Schema(name = "PlanNetExtensionPart", description = "A part of a Plan-Net extension (`acceptingPatients`, `type`) "
            + "with its coded value.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ExtensionPart(
            @Schema(required = true, maxLength = 100) String url,
            @Schema(required = true) CodeableConcept valueCodeableConcept) {
    }

    @Schema(name = "PlanNetAddress")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Address(
            @Schema(required = true, enumeration = "work") String use,
            @Schema(required = true, enumeration = "physical") String type,
            @Schema(maxItems = 2) List<@Size(max = 200) String> line,
            @Schema(required = true, maxLength = 100) String city,
            @Schema(required = true, maxLength = 2, pattern = "^[A-Z]{2}$") String state,
            @Schema(maxLength = 10, pattern = "^[0-9]{5}(-[0-9]{4})?$") String postalCode,
            @Schema(required = true, enumeration = "US") String country) {
    }

    @Schema(name = "PlanNetPosition", description = "WGS 84 degrees.")
    public record Position(
            @Schema(required = true, minimum = "-180", maximum = "180") double longitude,
            @Schema(required = true, minimum = "-90", maximum = "90") double latitude) {
    }

    @Schema(name = "PlanNetAvailableTime", description = "The days a program runs: every day and all day for 24-hour "
            + "care; else the days its schedules (`DAY`, `EVENING`: Monday to Friday; `WEEKEND`) name. The catalog "
            + "records no opening hours.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record AvailableTime(
            @Schema(required = true, minItems = 1, maxItems = 7)
            List<@Size(max = 3) @Pattern(regexp = "^(mon|tue|wed|thu|fri|sat|sun)$") String> daysOfWeek,
            Boolean allDay) {
    }

    @Schema(name = "PlanNetHealthcareService", description = "A program of a site (one level of care) as a Plan-Net "
            + "HealthcareService: category `behav`, `type` its level of care, `specialty` the conditions it treats, at its "
            + "Location, provided by the site's Organization, with the `newpatients` and `delivery-method` extensions.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record HealthcareService(
            @Schema(required = true, enumeration = "HealthcareService") String resourceType,
            @Schema(required = true, maxLength = 64, pattern = ID, description = "The site's id and the level of care: "
                    + "`{facilityId}-{levelOfCare}` in lower case.", examples = "3c9a4e1e-5a0e-4b8e-9d7e-7f0b2a7f4c11-iop")
            String id,
            @Schema(required = true) Meta meta,
            @Schema(required = true, minItems = 2, maxItems = 2) List<Extension> extension,
            @Schema(required = true, description = "False while a confirmed listing report says the site closed.")
            boolean active,
            @Schema(required = true) Reference providedBy,
            @Schema(required = true, minItems = 1, maxItems = 1) List<CodeableConcept> category,
            @Schema(required = true, minItems = 1, maxItems = 1) List<CodeableConcept> type,
            @Schema(maxItems = 9) List<CodeableConcept> specialty,
            @Schema(required = true, minItems = 1, maxItems = 1) List<Reference> location,
            @Schema(required = true, maxLength = 420) String name,
            @Schema(maxLength = 300, description = "The ASAM level, schedules and hours a week, as the catalog records them.")
            String comment,
            @Schema(maxItems = 2) List<ContactPoint> telecom,
            @Schema(maxItems = 2) List<AvailableTime> availableTime) {
    }

    @Schema(name = "PlanNetLocation", description = "A site as a Plan-Net Location: its address, position and telecom, "
            + "managed by the site's Organization.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Location(
            @Schema(required = true, enumeration = "Location") String resourceType,
            @Schema(required = true, maxLength = 64, pattern = ID, description = "The facility's id.") String id,
            @Schema(required = true) Meta meta,
            @Schema(required = true, enumeration = {"active", "inactive"}, description = "`inactive` while a confirmed "
                    + "listing report says the site closed.")
            String status,
            @Schema(required = true, maxLength = 300) String name,
            @Schema(maxItems = 2) List<ContactPoint> telecom,
            @Schema(required = true) Address address,
            @Schema(description = "Absent when the catalog has no coordinates for the site.") Position position,
            @Schema(required = true) Reference managingOrganization) {
    }

    @Schema(name = "PlanNetOrganization", description = "A brand (`prvgrp`, a provider group) or a site without one, as "
            + "its own provider (`fac`), as a Plan-Net Organization.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Organization(
            @Schema(required = true, enumeration = "Organization") String resourceType,
            @Schema(required = true, maxLength = 64, pattern = ID, description = "The brand's id; for a site without "
                    + "one, the facility's id.")
            String id,
            @Schema(required = true) Meta meta,
            @Schema(required = true) boolean active,
            @Schema(required = true, minItems = 1, maxItems = 1) List<CodeableConcept> type,
            @Schema(required = true, maxLength = 300) String name,
            @Schema(maxItems = 2) List<ContactPoint> telecom) {
    }

    @Schema(name = "PlanNetBundleLink", description = "`self` (the search as called), `first`, `previous` and `next`: "
            + "paths under the public prefix (`/api/v1/fhir/...`).")
    public record Link(
            @Schema(required = true, enumeration = {"self", "first", "previous", "next"}) String relation,
            @Schema(required = true, maxLength = LINK_MAX, format = "uri-reference",
                    description = "The search as called (its query as sent), or a page of it.") String url) {
    }

    @Schema(name = "PlanNetBundleSearch")
    public record Search(@Schema(required = true, enumeration = "match") String mode) {
    }

    @Schema(name = "PlanNetHealthcareServiceEntry")
    public record HealthcareServiceEntry(
            @Schema(required = true, maxLength = URL_MAX, format = "uri") String fullUrl,
            @Schema(required = true) HealthcareService resource,
            @Schema(required = true) Search search) {
    }

    @Schema(name = "PlanNetLocationEntry")
    public record LocationEntry(
            @Schema(required = true, maxLength = URL_MAX, format = "uri") String fullUrl,
            @Schema(required = true) Location resource,
            @Schema(required = true) Search search) {
    }

    @Schema(name = "PlanNetOrganizationEntry")
    public record OrganizationEntry(
            @Schema(required = true, maxLength = URL_MAX, format = "uri") String fullUrl,
            @Schema(required = true) Organization resource,
            @Schema(required = true) Search search) {
    }

    @Schema(name = "PlanNetHealthcareServiceBundle", description = "A FHIR R4 search-set Bundle of HealthcareServices.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record HealthcareServiceBundle(
            @Schema(required = true, enumeration = "Bundle") String resourceType,
            @Schema(required = true, enumeration = "searchset") String type,
            @Schema(required = true, minimum = "0", maximum = ApiBounds.MAX_LONG, format = "int64",
                    description = "Matches in all pages.") long total,
            @Schema(required = true, minItems = 1, maxItems = 4) List<Link> link,
            @Schema(maxItems = 100, description = "This page's matches; absent when there are none.")
            List<HealthcareServiceEntry> entry) {
    }

    @Schema(name = "PlanNetLocationBundle", description = "A FHIR R4 search-set Bundle of Locations.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record LocationBundle(
            @Schema(required = true, enumeration = "Bundle") String resourceType,
            @Schema(required = true, enumeration = "searchset") String type,
            @Schema(required = true, minimum = "0", maximum = ApiBounds.MAX_LONG, format = "int64",
                    description = "Matches in all pages.") long total,
            @Schema(required = true, minItems = 1, maxItems = 4) List<Link> link,
            @Schema(maxItems = 100, description = "This page's matches; absent when there are none.")
            List<LocationEntry> entry) {
    }

    @Schema(name = "PlanNetOrganizationBundle", description = "A FHIR R4 search-set Bundle of Organizations.")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record OrganizationBundle(
            @Schema(required = true, enumeration = "Bundle") String resourceType,
            @Schema(required = true, enumeration = "searchset") String type,
            @Schema(required = true, minimum = "0", maximum = ApiBounds.MAX_LONG, format = "int64",
                    description = "Matches in all pages.") long total,
            @Schema(required = true, minItems = 1, maxItems = 4) List<Link> link,
            @Schema(maxItems = 100, description = "This page's matches; absent when there are none.")
            List<OrganizationEntry> entry) {
    }
}
