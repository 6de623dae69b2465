package org.carenetwork.facility.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carenetwork.common.problem.Enums;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.facility.api.Fhir;
import org.carenetwork.facility.config.FacilityConfig;
import org.carenetwork.facility.service.FhirDirectory;
import org.carenetwork.facility.service.SearchQuery;
import org.carenetwork.vocabulary.Condition;
import org.carenetwork.vocabulary.LevelOfCare;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The catalog as a FHIR R4 provider directory, shaped after Da Vinci PDex Plan-Net: search-set
 * Bundles of HealthcareServices (a site's programs), Locations (sites) and Organizations (brands,
 * and sites without one), and reads of each. Anyone may call them (Plan-Net directories need no
 * authentication). Answers are {@code application/fhir+json}; errors are the suite's RFC 9457
 * problems, as every other answer of the API (facility-service README, "FHIR provider directory").
 */
@Path("/fhir")
@Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Tag(name = FacilityResource.TAG)
public class FhirResource {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;
    static final int MAX_OFFSET = 100000;
    static final int MAX_VALUES = 20;
    static final int MAX_TEXT = 100;
    /** The longest value of a list parameter (`service-type`, `location`...), as the document bounds it. */
    static final int MAX_LIST_TEXT = 1000;
    static final double DEFAULT_NEAR_MILES = 25;
    static final double KM_PER_MILE = 1.609344;
    static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9._-]{1,20}){1,3}");
    static final Pattern SERVICE_ID = Pattern.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-([a-z]{2,11})");
    static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9.-]{1,64}");
    static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    static final Pattern DATE_SEARCH = Pattern.compile(Fhir.DATE_SEARCH);
    static final Pattern LAST_UPDATED = Pattern.compile("(eq|gt|ge|lt|le)?(.+)");

    static final String COUNT = "Resources per page (FHIR `_count`), 1 to 100; 20 unless given.";
    static final String OFFSET = "How many matches to skip (the `next` link carries it), 0 to 100000.";
    static final String LAST_UPDATED_TEXT = "Only resources changed in this range (FHIR date search: `ge`, `gt`, `le`, `lt` "
            + "or `eq` (the default) before a date `2026-01-31` or an instant with its zone `2026-01-31T12:00:00Z`; a date "
            + "is a UTC day). Repeat it for both ends: `_lastUpdated=ge2026-01-01&_lastUpdated=lt2026-02-01`.";
    static final String NAME = "The name starts with this, case-insensitive (FHIR string search).";
    /** The prefix the gateway serves this service under ({@code /api/v1}): the Bundle's links are paths under it. */
    static final String PREFIX_HEADER_NAME = "X-Forwarded-Prefix";
    static final String ROLES = "Roles: ANONYMOUS, CALL_CENTER, ADMISSIONS, PARTNER, ADMIN.\n\n";
    static final String BUNDLE = "A FHIR R4 `Bundle` of type `searchset`: `total` (matches in all pages), `link` (`self` "
            + "as called, `first`, and `previous`/`next` when there are such pages: paths under the public prefix), one "
            + "`entry` per match with its absolute `fullUrl`, the `resource` and `search.mode: match`. Page with `_count` "
            + "and `_offset` (follow `next`). Every query parameter not listed here (`_include`, `_sort`, modifiers such "
            + "as `name:exact`...) is a 400 naming it; a single-valued one sent twice too. Errors are RFC 9457 problems "
            + "(`application/problem+json`), as everywhere in this API.";

    @Inject
    FhirDirectory directory;

    @Inject
    FacilityConfig config;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    // ---------------------------------------------------------------- HealthcareService

    @GET
    @Path("/HealthcareService")
    @PermitAll
    @Operation(operationId = "searchFhirHealthcareServices", summary = "Search programs as FHIR HealthcareServices",
            description = ROLES + """
            Each program of a site (one level of care) as a Plan-Net HealthcareService: `category` `behav`, `type` its \
            level of care in the CodeSystem `https://carenet.example/fhir/CodeSystem/level-of-care` (the codes of \
            `levelOfCare`), `specialty` the conditions it treats in `https://carenet.example/fhir/CodeSystem/condition`, \
            its `location` and `providedBy`, `telecom`, `availableTime`, and the `newpatients` and `delivery-method` \
            extensions. Parameters combine with AND; commas separate values of which any may match. Sorted by name \
            (nearest first with `location.near`), a site's programs in the order of the levels of care.

            """ + BUNDLE)
    @APIResponse(responseCode = "200", description = "A search-set Bundle of HealthcareServices.",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(implementation = Fhir.HealthcareServiceBundle.class),
                    examples = @ExampleObject(name = "iopNearToledo", summary = "IOP within 25 miles of Toledo",
                            value = ApiExamples.FHIR_SERVICE_BUNDLE)))
    public Response searchHealthcareServices(
            @QueryParam("service-type") @Parameter(description = "Levels of care, as codes of "
                    + "`https://carenet.example/fhir/CodeSystem/level-of-care` (the `levelOfCare` values, exactly), "
                    + "alone or as `system|code`; comma-separated, any of them.", example = "IOP,PHP",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 1000))
            String serviceType,
            @QueryParam("service-category") @Parameter(description = "Plan-Net's HealthcareServiceCategoryCS: every "
                    + "program is `behav` (behavioral health); another code matches nothing.", example = "behav",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 1000))
            String serviceCategory,
            @QueryParam("specialty") @Parameter(description = "Conditions the program treats, as codes of "
                    + "`https://carenet.example/fhir/CodeSystem/condition` (the `condition` values, exactly), alone or "
                    + "as `system|code`; comma-separated, any of them.", example = "OPIOID_USE",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 1000))
            String specialty,
            @QueryParam("location") @Parameter(description = "Sites, as `Location/{id}` or the id; comma-separated, any "
                    + "of them.", schema = @Schema(type = SchemaType.STRING, maxLength = 1000))
            String location,
            @QueryParam("organization") @Parameter(description = "Providers, as `Organization/{id}` or the id (a brand, "
                    + "or a site without one); comma-separated, any of them.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 1000))
            String organization,
            @QueryParam("location.near") @Parameter(description = "Programs at sites near a point: "
                    + "`latitude|longitude|distance|units` (FHIR `near`), units `mi` or `km` (`[mi_i]` is taken as "
                    + "`mi`); distance up to 500 miles, 25 miles when left out. Nearest first. Send each `|` as `%7C`, as "
                    + "URLs require.",
                    example = "41.65|-83.54|25|mi", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            String near,
            @QueryParam("name") @Parameter(description = NAME, example = "Midwest",
                    schema = @Schema(type = SchemaType.STRING, maxLength = MAX_TEXT))
            String name,
            @QueryParam("_lastUpdated") @Parameter(description = LAST_UPDATED_TEXT, schema = @Schema(type = SchemaType.ARRAY,
                    maxItems = 2, implementation = Fhir.DateSearch.class))
            List<String> lastUpdated,
            @QueryParam("_count") @Parameter(description = COUNT, schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
            String count,
            @QueryParam("_offset") @Parameter(description = OFFSET, schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "0", maximum = "100000", defaultValue = "0"))
            String offset) {
        boolean behavioral = true;
        if (serviceCategory != null) {
            behavioral = tokens("service-category", serviceCategory, Fhir.CATEGORY_SYSTEM, code -> code).contains("behav");
        }
        int c = count(count);
        int o = offset(offset);
        FhirDirectory.Query q = new FhirDirectory.Query(references("location", location, "Location"),
                references("organization", organization, "Organization"),
                enumTokens("service-type", serviceType, Fhir.LEVEL_OF_CARE_SYSTEM, LevelOfCare.class),
                enumTokens("specialty", specialty, Fhir.CONDITION_SYSTEM, Condition.class), near("location.near", near),
                text("name", name), null, null, null, lastUpdated(lastUpdated), o, c);
        FhirDirectory.Found<Fhir.HealthcareService> found = behavioral ? directory.healthcareServices(q)
                : new FhirDirectory.Found<>(List.of(), 0);
        List<Fhir.HealthcareServiceEntry> entries = found.resources().stream().map(r -> new Fhir.HealthcareServiceEntry(
                fullUrl("HealthcareService", r.id()), r, new Fhir.Search("match"))).toList();
        return fhir(new Fhir.HealthcareServiceBundle("Bundle", "searchset", found.total(),
                links(o, c, found.total()), entries));
    }

    @GET
    @Path("/HealthcareService/{id}")
    @PermitAll
    @Operation(operationId = "getFhirHealthcareService", summary = "One program as a FHIR HealthcareService",
            description = ROLES + """
            A site's program as a search shows it, by its id `{facilityId}-{levelOfCare}` (lower case). A site a \
            confirmed listing report found closed answers with `active: false`; a removed site, or a level the site \
            does not run, is a 404 (problem+json). An id that is no FHIR id (`[A-Za-z0-9.-]{1,64}`) is a 400.""")
    @APIResponse(responseCode = "200", description = "The HealthcareService.",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(implementation = Fhir.HealthcareService.class),
                    examples = @ExampleObject(name = "iop", summary = "An IOP program", value = ApiExamples.FHIR_SERVICE)))
    public Response getHealthcareService(
            @PathParam("id") @Parameter(description = "`{facilityId}-{levelOfCare}`, in lower case.",
                    example = ApiExamples.FACILITY_ID + "-iop", schema = @Schema(type = SchemaType.STRING, maxLength = 64,
                    pattern = "^[A-Za-z0-9.-]{1,64}$"))
            String id) {
        fhirId(id);
        Matcher m = SERVICE_ID.matcher(id);
        LevelOfCare level = m.matches() ? level(m.group(2)) : null;
        if (level == null) {
            throw notFound("HealthcareService", id);
        }
        return fhir(directory.healthcareService(UUID.fromString(m.group(1)), level)
                .orElseThrow(() -> notFound("HealthcareService", id)));
    }

    // ---------------------------------------------------------------- Location

    @GET
    @Path("/Location")
    @PermitAll
    @Operation(operationId = "searchFhirLocations", summary = "Search sites as FHIR Locations", description = ROLES + """
            Each site as a Plan-Net Location: `address`, `position` (when the catalog has coordinates), `telecom`, \
            `managingOrganization` (its brand, or the site as its own Organization). Parameters combine with AND; \
            commas separate values of which any may match. Sorted by name (nearest first with `near`).

            """ + BUNDLE)
    @APIResponse(responseCode = "200", description = "A search-set Bundle of Locations.",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(implementation = Fhir.LocationBundle.class),
                    examples = @ExampleObject(name = "inOhio", summary = "Sites in Toledo, Ohio",
                            value = ApiExamples.FHIR_LOCATION_BUNDLE)))
    public Response searchLocations(
            @QueryParam("name") @Parameter(description = NAME, example = "Midwest",
                    schema = @Schema(type = SchemaType.STRING, maxLength = MAX_TEXT))
            String name,
            @QueryParam("address-state") @Parameter(description = "Two-letter state code, in either case.", example = "OH",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = "^[A-Za-z]{2}$"))
            String state,
            @QueryParam("address-city") @Parameter(description = "The city starts with this, case-insensitive.",
                    example = "Toledo", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_TEXT))
            String city,
            @QueryParam("address-postalcode") @Parameter(description = "The ZIP code starts with this (`436`, `43604`).",
                    example = "43604", schema = @Schema(type = SchemaType.STRING, maxLength = 10,
                    pattern = "^[0-9]{1,5}(-[0-9]{0,4})?$"))
            String postalCode,
            @QueryParam("organization") @Parameter(description = "Managing organizations, as `Organization/{id}` or the "
                    + "id; comma-separated, any of them.", schema = @Schema(type = SchemaType.STRING, maxLength = 1000))
            String organization,
            @QueryParam("near") @Parameter(description = "Sites near a point: `latitude|longitude|distance|units` (FHIR "
                    + "`near`), units `mi` or `km`; distance up to 500 miles, 25 miles when left out. Nearest first. Send each "
                    + "`|` as `%7C`, as URLs require.",
                    example = "41.65|-83.54|10|km", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            String near,
            @QueryParam("_lastUpdated") @Parameter(description = LAST_UPDATED_TEXT, schema = @Schema(type = SchemaType.ARRAY,
                    maxItems = 2, implementation = Fhir.DateSearch.class))
            List<String> lastUpdated,
            @QueryParam("_count") @Parameter(description = COUNT, schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
            String count,
            @QueryParam("_offset") @Parameter(description = OFFSET, schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "0", maximum = "100000", defaultValue = "0"))
            String offset) {
        int c = count(count);
        int o = offset(offset);
        FhirDirectory.Query q = new FhirDirectory.Query(Set.of(), references("organization", organization, "Organization"),
                Set.of(), Set.of(), near("near", near), text("name", name), state(state), text("address-city", city),
                postalCode(postalCode), lastUpdated(lastUpdated), o, c);
        FhirDirectory.Found<Fhir.Location> found = directory.locations(q);
        List<Fhir.LocationEntry> entries = found.resources().stream().map(r -> new Fhir.LocationEntry(
                fullUrl("Location", r.id()), r, new Fhir.Search("match"))).toList();
        return fhir(new Fhir.LocationBundle("Bundle", "searchset", found.total(), links(o, c, found.total()), entries));
    }

    @GET
    @Path("/Location/{id}")
    @PermitAll
    @Operation(operationId = "getFhirLocation", summary = "One site as a FHIR Location", description = ROLES + """
            A site by its facility id. A site a confirmed listing report found closed answers with `status: inactive`; \
            a removed or unknown one is a 404 (problem+json).""")
    @APIResponse(responseCode = "200", description = "The Location.",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(implementation = Fhir.Location.class),
                    examples = @ExampleObject(name = "site", summary = "A network site", value = ApiExamples.FHIR_LOCATION)))
    public Response getLocation(
            @PathParam("id") @Parameter(description = FacilityResource.FACILITY_ID, example = ApiExamples.FACILITY_ID,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = "^[A-Za-z0-9.-]{1,64}$"))
            String id) {
        fhirId(id);
        UUID facility = uuidOrNull(id);
        return fhir((facility == null ? java.util.Optional.<Fhir.Location>empty() : directory.location(facility))
                .orElseThrow(() -> notFound("Location", id)));
    }

    // ---------------------------------------------------------------- Organization

    @GET
    @Path("/Organization")
    @PermitAll
    @Operation(operationId = "searchFhirOrganizations", summary = "Search providers as FHIR Organizations",
            description = ROLES + """
            The brands (Plan-Net organization type `prvgrp`, a provider group) and every open site that has no brand, \
            as its own provider (`fac`, with the facility's id), as Plan-Net Organizations, by name. A brand's \
            `meta.lastUpdated` is when it was added: the catalog keeps no later date for it.

            """ + BUNDLE)
    @APIResponse(responseCode = "200", description = "A search-set Bundle of Organizations.",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(implementation = Fhir.OrganizationBundle.class),
                    examples = @ExampleObject(name = "brands", summary = "Organizations named Midwest...",
                            value = ApiExamples.FHIR_ORGANIZATION_BUNDLE)))
    public Response searchOrganizations(
            @QueryParam("name") @Parameter(description = NAME, example = "Midwest",
                    schema = @Schema(type = SchemaType.STRING, maxLength = MAX_TEXT))
            String name,
            @QueryParam("_lastUpdated") @Parameter(description = LAST_UPDATED_TEXT, schema = @Schema(type = SchemaType.ARRAY,
                    maxItems = 2, implementation = Fhir.DateSearch.class))
            List<String> lastUpdated,
            @QueryParam("_count") @Parameter(description = COUNT, schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "1", maximum = "100", defaultValue = "20"))
            String count,
            @QueryParam("_offset") @Parameter(description = OFFSET, schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "0", maximum = "100000", defaultValue = "0"))
            String offset) {
        int c = count(count);
        int o = offset(offset);
        FhirDirectory.Query q = new FhirDirectory.Query(Set.of(), Set.of(), Set.of(), Set.of(), null, text("name", name),
                null, null, null, lastUpdated(lastUpdated), o, c);
        FhirDirectory.Found<Fhir.Organization> found = directory.organizations(q);
        List<Fhir.OrganizationEntry> entries = found.resources().stream().map(r -> new Fhir.OrganizationEntry(
                fullUrl("Organization", r.id()), r, new Fhir.Search("match"))).toList();
        return fhir(new Fhir.OrganizationBundle("Bundle", "searchset", found.total(), links(o, c, found.total()),
                entries));
    }

    @GET
    @Path("/Organization/{id}")
    @PermitAll
    @Operation(operationId = "getFhirOrganization", summary = "One provider as a FHIR Organization", description = ROLES + """
            A brand by its id, or a site without one by the facility's id. A removed site, an unknown id, or a site \
            that has a brand (its provider is the brand) is a 404 (problem+json).""")
    @APIResponse(responseCode = "200", description = "The Organization.",
            content = @Content(mediaType = Fhir.MEDIA_TYPE, schema = @Schema(implementation = Fhir.Organization.class),
                    examples = @ExampleObject(name = "brand", summary = "A brand", value = ApiExamples.FHIR_ORGANIZATION)))
    public Response getOrganization(
            @PathParam("id") @Parameter(description = "The brand's id, or a site's without a brand.",
                    example = ApiExamples.FHIR_ORGANIZATION_ID, schema = @Schema(type = SchemaType.STRING, maxLength = 64,
                    pattern = "^[A-Za-z0-9.-]{1,64}$"))
            String id) {
        fhirId(id);
        UUID org = uuidOrNull(id);
        return fhir((org == null ? java.util.Optional.<Fhir.Organization>empty() : directory.organization(org))
                .orElseThrow(() -> notFound("Organization", id)));
    }

    // ---------------------------------------------------------------- answers

    private static Response fhir(Object resource) {
        return Response.ok(resource, Fhir.MEDIA_TYPE).build();
    }

    private String fullUrl(String type, String id) {
        String base = config.fhirBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/" + type + "/" + id;
    }

    /** self as called; first; previous and next where there are such pages: paths under the public prefix. */
    private List<Fhir.Link> links(int offset, int count, long total) {
        // The gateway's header (as ProblemMappers reads it for a problem's instance); not a parameter of the API.
        String prefix = headers.getHeaderString(PREFIX_HEADER_NAME);
        String path = (prefix != null && PREFIX.matcher(prefix).matches() ? prefix : "") + uri.getRequestUri().getRawPath();
        List<String> kept = new ArrayList<>();
        String raw = uri.getRequestUri().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith("_offset=") && !pair.equals("_offset")) {
                    kept.add(pair);
                }
            }
        }
        List<Fhir.Link> links = new ArrayList<>();
        links.add(new Fhir.Link("self", path + (raw == null || raw.isEmpty() ? "" : "?" + raw)));
        links.add(new Fhir.Link("first", page(path, kept, 0)));
        if (offset > 0) {
            links.add(new Fhir.Link("previous", page(path, kept, Math.max(0, offset - count))));
        }
        if ((long) offset + count < total && offset + count <= MAX_OFFSET) {
            links.add(new Fhir.Link("next", page(path, kept, offset + count)));
        }
        return links;
    }

    private static String page(String path, List<String> kept, int offset) {
        List<String> query = new ArrayList<>(kept);
        if (offset > 0) {
            query.add("_offset=" + offset);
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    private static ProblemException notFound(String type, String id) {
        return new ProblemException(404, "Not found", "No " + type + " " + id);
    }

    // ---------------------------------------------------------------- parameters

    private static void fhirId(String id) {
        if (!FHIR_ID.matcher(id).matches()) {
            throw ProblemException.badField("id", "'" + Enums.shown(id) + "' is not a FHIR id: 1 to 64 of A-Z, a-z, 0-9, '-' and '.'");
        }
    }

    private static UUID uuidOrNull(String id) {
        return UUID_TEXT.matcher(id).matches() ? UUID.fromString(id.toLowerCase(Locale.ROOT)) : null;
    }

    private static LevelOfCare level(String lower) {
        for (LevelOfCare l : LevelOfCare.values()) {
            if (l.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return l;
            }
        }
        return null;
    }

    static int count(String raw) {
        return raw == null ? DEFAULT_COUNT : integer("_count", raw, 1, MAX_COUNT);
    }

    static int offset(String raw) {
        return raw == null ? 0 : integer("_offset", raw, 0, MAX_OFFSET);
    }

    private static int integer(String name, String raw, int min, int max) {
        if (!raw.matches("[0-9]{1,9}")) {
            throw ProblemException.badField(name, "'" + Enums.shown(raw) + "' is not a whole number from " + min + " to " + max);
        }
        int v = Integer.parseInt(raw);
        if (v < min || v > max) {
            throw ProblemException.badField(name, "must be from " + min + " to " + max);
        }
        return v;
    }

    /** A token parameter's codes: {@code code} or {@code system|code}, comma-separated; another system is a 400. */
    private static <T> Set<T> tokens(String name, String raw, String system, Function<String, T> code) {
        Set<T> values = new LinkedHashSet<>();
        if (raw == null) {
            return values;
        }
        longest(name, raw, MAX_LIST_TEXT);
        String[] parts = raw.split(",", -1);
        if (parts.length > MAX_VALUES) {
            throw ProblemException.badField(name, "at most " + MAX_VALUES + " values");
        }
        for (String part : parts) {
            String c = part;
            int bar = part.indexOf('|');
            if (bar >= 0) {
                String s = part.substring(0, bar);
                if (!s.isEmpty() && !s.equals(system)) {
                    throw ProblemException.badField(name, "'" + Enums.shown(s) + "' is not its code system: " + system);
                }
                c = part.substring(bar + 1);
            }
            if (c.isEmpty()) {
                throw ProblemException.badField(name, "a value has no code");
            }
            values.add(code.apply(c));
        }
        return values;
    }

    private static <E extends Enum<E>> Set<E> enumTokens(String name, String raw, String system, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        values.addAll(tokens(name, raw, system, c -> Enums.parse(name, c, type)));
        return values;
    }

    /** {@code Type/{id}} or the id, comma-separated; each id a UUID. */
    private static Set<UUID> references(String name, String raw, String type) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (raw == null) {
            return ids;
        }
        longest(name, raw, MAX_LIST_TEXT);
        String[] parts = raw.split(",", -1);
        if (parts.length > MAX_VALUES) {
            throw ProblemException.badField(name, "at most " + MAX_VALUES + " values");
        }
        for (String value : parts) {
            String id = value.startsWith(type + "/") ? value.substring(type.length() + 1) : value;
            UUID parsed = uuidOrNull(id);
            if (parsed == null) {
                throw ProblemException.badField(name, "'" + Enums.shown(value) + "' is not a reference to a " + type
                        + " of this directory (" + type + "/{id})");
            }
            ids.add(parsed);
        }
        return ids;
    }

    private static final Pattern NEAR = Pattern.compile("([^|]+)\\|([^|]+)(?:\\|([^|]*)(?:\\|([^|]*))?)?");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)");

    /** FHIR's {@code near}: {@code latitude|longitude|distance|units}, distance and units optional. */
    static SearchQuery.Center near(String name, String raw) {
        if (raw == null) {
            return null;
        }
        longest(name, raw, 100);
        String format = " (latitude|longitude|distance|units, units mi or km: 41.65|-83.54|25|mi)";
        Matcher m = NEAR.matcher(raw);
        if (!m.matches()) {
            throw ProblemException.badField(name, "'" + Enums.shown(raw) + "' is not a point" + format);
        }
        double lat = decimal(name, m.group(1), "latitude", format);
        double lon = decimal(name, m.group(2), "longitude", format);
        if (lat < -90 || lat > 90) {
            throw ProblemException.badField(name, "the latitude must be between -90 and 90");
        }
        if (lon < -180 || lon > 180) {
            throw ProblemException.badField(name, "the longitude must be between -180 and 180");
        }
        double miles = DEFAULT_NEAR_MILES;
        String distance = m.group(3);
        String units = m.group(4) == null || m.group(4).isEmpty() ? "mi" : m.group(4);
        if (distance != null && !distance.isEmpty()) {
            double d = decimal(name, distance, "distance", format);
            miles = switch (units) {
                case "mi", "[mi_i]" -> d;
                case "km" -> d / KM_PER_MILE;
                default -> throw ProblemException.badField(name, "'" + Enums.shown(units) + "' is not a unit we take: mi or km");
            };
            if (miles <= 0 || miles > FacilityResource.MAX_RADIUS_MILES) {
                throw ProblemException.badField(name, "the distance must be more than 0 and at most 500 mi (804.672 km)");
            }
        } else if (m.group(4) != null && !m.group(4).isEmpty()) {
            throw ProblemException.badField(name, "units without a distance" + format);
        }
        return new SearchQuery.Center(lat, lon, miles);
    }

    private static double decimal(String name, String raw, String what, String format) {
        if (!DECIMAL.matcher(raw).matches()) {
            throw ProblemException.badField(name, "the " + what + " '" + Enums.shown(raw) + "' is not a number" + format);
        }
        return Double.parseDouble(raw);
    }

    private static void longest(String name, String raw, int max) {
        if (raw.length() > max) {
            throw ProblemException.badField(name, "is at most " + max + " characters");
        }
    }

    private static String text(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > MAX_TEXT) {
            throw ProblemException.badField(name, "is at most " + MAX_TEXT + " characters");
        }
        return raw.strip();
    }

    private static String state(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.toUpperCase(Locale.ROOT);
        if (!s.matches("[A-Z]{2}")) {
            throw ProblemException.badField("address-state", "must be a two-letter state code");
        }
        return s;
    }

    private static String postalCode(String raw) {
        if (raw == null) {
            return null;
        }
        if (!raw.matches("[0-9]{1,5}(-[0-9]{0,4})?")) {
            throw ProblemException.badField("address-postalcode", "must be the start of a US ZIP code (43604, 436, 43604-1234)");
        }
        return raw;
    }

    /** FHIR date search on the last update, as bounds on the instant (a date is a UTC day). */
    static List<FhirDirectory.UpdatedBound> lastUpdated(List<String> raw) {
        List<FhirDirectory.UpdatedBound> bounds = new ArrayList<>();
        if (raw == null) {
            return bounds;
        }
        if (raw.size() > 2) {
            throw ProblemException.badField("_lastUpdated", "at most 2 values (the two ends of a range)");
        }
        for (String value : raw) {
            longest("_lastUpdated", value, 40);
            Matcher m = LAST_UPDATED.matcher(value);
            if (!DATE_SEARCH.matcher(value).matches() || !m.matches()) {
                throw ProblemException.badField("_lastUpdated", "'" + Enums.shown(value) + "' is not a date search: a "
                        + "prefix (eq, gt, ge, lt, le), then a date (2026-01-31) or an instant with its zone "
                        + "(2026-01-31T12:00:00Z)");
            }
            String prefix = m.group(1) == null ? "eq" : m.group(1);
            String when = m.group(2);
            if (when.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                Instant start;
                try {
                    start = LocalDate.parse(when).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException e) {
                    throw ProblemException.badField("_lastUpdated", "'" + Enums.shown(when) + "' is not a date");
                }
                Instant next = start.plusSeconds(86400);
                switch (prefix) {
                    case "ge" -> bounds.add(new FhirDirectory.UpdatedBound(">=", start));
                    case "gt" -> bounds.add(new FhirDirectory.UpdatedBound(">=", next));
                    case "lt" -> bounds.add(new FhirDirectory.UpdatedBound("<", start));
                    case "le" -> bounds.add(new FhirDirectory.UpdatedBound("<", next));
                    default -> {
                        bounds.add(new FhirDirectory.UpdatedBound(">=", start));
                        bounds.add(new FhirDirectory.UpdatedBound("<", next));
                    }
                }
            } else {
                Instant at;
                try {
                    at = OffsetDateTime.parse(when).toInstant();
                } catch (DateTimeParseException e) {
                    throw ProblemException.badField("_lastUpdated", "'" + Enums.shown(when) + "' is not a date "
                            + "(2026-01-31) or an instant with its zone (2026-01-31T12:00:00Z)");
                }
                bounds.add(new FhirDirectory.UpdatedBound(switch (prefix) {
                    case "ge" -> ">=";
                    case "gt" -> ">";
                    case "lt" -> "<";
                    case "le" -> "<=";
                    default -> "=";
                }, at));
            }
        }
        return bounds;
    }
}
