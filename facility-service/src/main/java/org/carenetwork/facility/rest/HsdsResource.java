package org.carenetwork.facility.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.carenetwork.common.problem.Enums;
import org.carenetwork.common.problem.Ids;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.facility.api.Hsds;
import org.carenetwork.facility.domain.HsdsTaxonomy;
import org.carenetwork.facility.service.FacilityStore;
import org.carenetwork.facility.service.SearchQuery;
import org.carenetwork.facility.service.hsds.HsdsCatalog;
import org.carenetwork.vocabulary.Condition;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.Medication;
import org.carenetwork.vocabulary.PaymentType;
import org.carenetwork.vocabulary.Population;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The catalog as Open Referral HSDS 3.0, read with HSDA's query parameters (HSDS 3.0's
 * {@code schema/openapi.json}): {@code search}, {@code taxonomy_term_id}, {@code organization_id},
 * {@code postcode} and {@code proximity}, {@code page} from 1 and {@code per_page}; and ours where HSDA
 * has none: {@code taxonomy_terms} by {@code taxonomy:code}, {@code lat} and {@code lon}.
 */
@Path("/hsds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = FacilityResource.TAG)
public class HsdsResource {

    static final int MAX_TERMS = 20;
    static final double METERS_PER_MILE = 1609.344;
    static final double DEFAULT_PROXIMITY_METERS = FacilityResource.DEFAULT_RADIUS_MILES * METERS_PER_MILE;
    static final double MAX_PROXIMITY_METERS = FacilityResource.MAX_RADIUS_MILES * METERS_PER_MILE;

    static final String SEARCH = "Words that must all be in the site's (or organization's) name, case-insensitive (the "
            + "first 10 words count).";
    static final String TERM_IDS = "HSDA's filter: taxonomy term ids (`taxonomy_term.id` of an answer); repeat it or "
            + "separate ids with commas. Terms of one taxonomy match any of them; terms of different taxonomies must all "
            + "hold (for services: for the program itself; a site's payment types for its every program).";
    static final String TERMS = "The same filter by `taxonomy:code`, e.g. `level_of_care:IOP`, `population:WOMEN`, "
            + "`condition:OPIOID_USE`, `medication:BUPRENORPHINE`, `payment_type:MEDICAID` (exact spelling); repeat it or "
            + "separate terms with commas.";
    static final String POSTCODE = "HSDA's centre: the US ZIP code whose centroid `proximity` is measured from (5 digits "
            + "or ZIP+4). A ZIP code that cannot be located is a 400 naming `postcode`.";
    static final String PROXIMITY = "The radius around the centre (`postcode`, or `lat` and `lon`), in metres, as HSDA "
            + "has it; 40234 (25 miles) when a centre is given without it; at most 804672 (500 miles). Nearest first.";
    static final String PAGE = "The page, from 1 (HSDA's numbering).";
    static final String PER_PAGE = "Items per page.";

    @Inject
    HsdsCatalog hsds;

    @Inject
    FacilityStore store;

    // per_page is named as HSDA names it in Java too, so that Bean Validation's 400 names it so.
    @GET
    @Path("/services")
    @PermitAll
    @Operation(operationId = "listHsdsServices", summary = "Services as Open Referral HSDS 3.0", description = """
            Roles: ANONYMOUS, CALL_CENTER, ADMISSIONS, PARTNER, ADMIN.

            Every program of the catalog as an HSDS 3.0 `service` (its id is the program's), with its organization \
            (the site's brand, or the site itself for a listing without one), its location (the site: address, \
            coordinates, phone), schedules, languages, service area, cost options (payment types) and taxonomy terms \
            (`attributes`: level of care, populations, conditions, medications; payment types on the cost options). \
            Paged as HSDA pages: `total_items`, `total_pages`, `page_number` (from 1), `size`, `first_page`, \
            `last_page`, `empty`, `contents`. With a centre (`postcode`, or `lat` and `lon`) the services within \
            `proximity` metres, nearest first; else by site name, then level. A site a confirmed listing report found \
            closed is not listed.""")
    @APIResponse(responseCode = "200", description = "One page of services.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Hsds.ServicePage.class),
            examples = @ExampleObject(name = "iopNearToledo", summary = "IOP within 25 miles of ZIP 43604",
                    value = HsdsExamples.SERVICE_PAGE)))
    public Hsds.ServicePage services(
            @QueryParam("search") @Parameter(description = SEARCH, example = "recovery",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)) String search,
            @QueryParam("taxonomy_term_id") @Parameter(description = TERM_IDS, explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = MAX_TERMS))
            List<String> taxonomyTermId,
            @QueryParam("taxonomy_terms") @Parameter(description = TERMS, explode = Explode.TRUE, schema = @Schema(
                    type = SchemaType.ARRAY, maxItems = MAX_TERMS, implementation = TermKey.class))
            List<String> taxonomyTerms,
            @QueryParam("organization_id") @Parameter(description = "Only the services of this organization "
                    + "(`organization.id`: a brand, or a site without one).", schema = @Schema(implementation = UUID.class))
            String organizationId,
            @QueryParam("postcode") @Parameter(description = POSTCODE, example = "43604", schema = @Schema(
                    type = SchemaType.STRING, minLength = 5, maxLength = 10, pattern = ExactValues.ZIP_PATTERN))
            String postcode,
            @QueryParam("lat") @Parameter(description = "Latitude of the centre, with `lon` (instead of `postcode`).",
                    example = "41.65", schema = @Schema(type = SchemaType.NUMBER, format = "double", minimum = "-90",
                    maximum = "90")) String lat,
            @QueryParam("lon") @Parameter(description = "Longitude of the centre, with `lat`.", example = "-83.54",
                    schema = @Schema(type = SchemaType.NUMBER, format = "double", minimum = "-180", maximum = "180"))
            String lon,
            @QueryParam("proximity") @Parameter(description = PROXIMITY, example = "40234", schema = @Schema(
                    type = SchemaType.NUMBER, format = "double", minimum = "0", exclusiveMinimum = true,
                    maximum = "804672")) String proximity,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(FacilityResource.MAX_PAGE) @Parameter(description = PAGE)
            int page,
            @QueryParam("per_page") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = PER_PAGE)
            int per_page) {
        SearchQuery query = query(search, taxonomyTermId, taxonomyTerms, postcode, lat, lon, proximity, page, per_page);
        return hsds.services(query, organizationId == null ? null : Ids.uuid("organization_id", organizationId));
    }

    @GET
    @Path("/services/{id}")
    @PermitAll
    @Operation(operationId = "getHsdsService", summary = "One service as Open Referral HSDS 3.0", description = """
            Roles: ANONYMOUS, CALL_CENTER, ADMISSIONS, PARTNER, ADMIN.

            One program as an HSDS 3.0 `service`, as `GET /hsds/services` lists it (`status: inactive` for a site a \
            confirmed listing report found closed). A program of a removed site, or no program of that id, is a 404.""")
    @APIResponse(responseCode = "200", description = "The service.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Hsds.Service.class),
            examples = @ExampleObject(name = "iop", summary = "An IOP program", value = HsdsExamples.SERVICE)))
    public Hsds.Service service(
            @PathParam("id") @Parameter(description = "The service's id: its program's.", example = HsdsExamples.SERVICE_ID,
                    schema = @Schema(implementation = UUID.class)) String id) {
        return hsds.service(Ids.uuid("id", id));
    }

    @GET
    @Path("/organizations")
    @PermitAll
    @Operation(operationId = "listHsdsOrganizations", summary = "Organizations as Open Referral HSDS 3.0",
            description = """
            Roles: ANONYMOUS, CALL_CENTER, ADMISSIONS, PARTNER, ADMIN.

            The organizations as HSDS 3.0 `organization`s, by name: every brand of the network, and every site \
            without one (most directory listings), which is its own organization, under the site's id. Paged as \
            HSDA pages.""")
    @APIResponse(responseCode = "200", description = "One page of organizations.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Hsds.OrganizationPage.class),
            examples = @ExampleObject(name = "oneBrand", summary = "One brand", value = HsdsExamples.ORGANIZATION_PAGE)))
    public Hsds.OrganizationPage organizations(
            @QueryParam("search") @Parameter(description = SEARCH, example = "midwest",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)) String search,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(FacilityResource.MAX_PAGE) @Parameter(description = PAGE)
            int page,
            @QueryParam("per_page") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = PER_PAGE)
            int per_page) {
        return hsds.organizations(words(search), page - 1, per_page);
    }

    @GET
    @Path("/locations")
    @PermitAll
    @Operation(operationId = "listHsdsLocations", summary = "Locations as Open Referral HSDS 3.0", description = """
            Roles: ANONYMOUS, CALL_CENTER, ADMISSIONS, PARTNER, ADMIN.

            The sites as HSDS 3.0 `location`s (`physical`; the id is the facility's): address, coordinates, phone, \
            languages. The filters are the services' (a site matches when one of its programs does); paged as HSDA \
            pages, nearest first with a centre, else by name.""")
    @APIResponse(responseCode = "200", description = "One page of locations.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Hsds.LocationPage.class),
            examples = @ExampleObject(name = "toledo", summary = "One site", value = HsdsExamples.LOCATION_PAGE)))
    public Hsds.LocationPage locations(
            @QueryParam("search") @Parameter(description = SEARCH, example = "recovery",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)) String search,
            @QueryParam("taxonomy_term_id") @Parameter(description = TERM_IDS, explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = MAX_TERMS))
            List<String> taxonomyTermId,
            @QueryParam("taxonomy_terms") @Parameter(description = TERMS, explode = Explode.TRUE, schema = @Schema(
                    type = SchemaType.ARRAY, maxItems = MAX_TERMS, implementation = TermKey.class))
            List<String> taxonomyTerms,
            @QueryParam("postcode") @Parameter(description = POSTCODE, example = "43604", schema = @Schema(
                    type = SchemaType.STRING, minLength = 5, maxLength = 10, pattern = ExactValues.ZIP_PATTERN))
            String postcode,
            @QueryParam("lat") @Parameter(description = "Latitude of the centre, with `lon` (instead of `postcode`).",
                    example = "41.65", schema = @Schema(type = SchemaType.NUMBER, format = "double", minimum = "-90",
                    maximum = "90")) String lat,
            @QueryParam("lon") @Parameter(description = "Longitude of the centre, with `lat`.", example = "-83.54",
                    schema = @Schema(type = SchemaType.NUMBER, format = "double", minimum = "-180", maximum = "180"))
            String lon,
            @QueryParam("proximity") @Parameter(description = PROXIMITY, example = "40234", schema = @Schema(
                    type = SchemaType.NUMBER, format = "double", minimum = "0", exclusiveMinimum = true,
                    maximum = "804672")) String proximity,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(FacilityResource.MAX_PAGE) @Parameter(description = PAGE)
            int page,
            @QueryParam("per_page") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = PER_PAGE)
            int per_page) {
        return hsds.locations(query(search, taxonomyTermId, taxonomyTerms, postcode, lat, lon, proximity, page, per_page));
    }

    /** A term as a query names it: {@code taxonomy:code}. */
    @Schema(name = "HsdsTermKey", type = SchemaType.STRING, maxLength = 40,
            pattern = "^(level_of_care|population|condition|medication|payment_type):[A-Z_]+$",
            example = "level_of_care:IOP")
    interface TermKey {
    }

    private SearchQuery query(String search, List<String> termIds, List<String> termKeys, String postcode, String lat,
                              String lon, String proximity, int page, int perPage) {
        Set<LevelOfCare> levels = EnumSet.noneOf(LevelOfCare.class);
        Set<Population> populations = EnumSet.noneOf(Population.class);
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        Set<Medication> medications = EnumSet.noneOf(Medication.class);
        Set<PaymentType> payments = EnumSet.noneOf(PaymentType.class);
        List<HsdsTaxonomy.Term> terms = new ArrayList<>();
        for (String raw : values("taxonomy_term_id", termIds)) {
            UUID id = Ids.uuid("taxonomy_term_id", raw);
            terms.add(HsdsTaxonomy.byId(id).orElseThrow(() -> ProblemException.badField("taxonomy_term_id",
                    "'" + id + "' is not a term of this catalog's taxonomy (see the README's Open Referral HSDS)")));
        }
        for (String raw : values("taxonomy_terms", termKeys)) {
            terms.add(HsdsTaxonomy.byKey(raw).orElseThrow(() -> ProblemException.badField("taxonomy_terms",
                    "'" + Enums.shown(raw) + "' is not a term: taxonomy:code, e.g. level_of_care:IOP, one of "
                            + "level_of_care, population, condition, medication, payment_type")));
        }
        for (HsdsTaxonomy.Term term : terms) {
            switch (term.taxonomy()) {
                case LEVEL_OF_CARE -> levels.add((LevelOfCare) term.value());
                case POPULATION -> populations.add((Population) term.value());
                case CONDITION -> conditions.add((Condition) term.value());
                case MEDICATION -> medications.add((Medication) term.value());
                case PAYMENT_TYPE -> payments.add((PaymentType) term.value());
            }
        }
        return new SearchQuery(Set.of(), Set.of(), center(postcode, lat, lon, proximity), null, null, levels, payments,
                populations, conditions, Set.of(), Set.of(), medications, false, words(search), page - 1, perPage);
    }

    /** A repeatable parameter's values, repeated or comma-separated; at most {@link #MAX_TERMS}. */
    private static List<String> values(String name, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        List<String> values = raw.stream().flatMap(r -> Arrays.stream(r.split(","))).filter(v -> !v.isEmpty()).toList();
        if (raw.size() > MAX_TERMS || values.size() > MAX_TERMS) {
            throw ProblemException.badField(name, "at most " + MAX_TERMS + " values");
        }
        return values;
    }

    private SearchQuery.Center center(String postcode, String lat, String lon, String proximity) {
        Double meters = proximity == null ? null : number("proximity", proximity);
        if (meters != null && (meters <= 0 || meters > MAX_PROXIMITY_METERS)) {
            throw ProblemException.badField("proximity", "must be more than 0 and at most " + (long) MAX_PROXIMITY_METERS
                    + " metres (500 miles)");
        }
        double miles = (meters == null ? DEFAULT_PROXIMITY_METERS : meters) / METERS_PER_MILE;
        if (lat != null || lon != null) {
            if (postcode != null) {
                throw ProblemException.badField("postcode", "give either postcode or lat and lon, not both");
            }
            if (lat == null || lon == null) {
                throw ProblemException.badField(lat == null ? "lat" : "lon", "is required with " + (lat == null ? "lon" : "lat"));
            }
            double la = number("lat", lat);
            double lo = number("lon", lon);
            if (la < -90 || la > 90) {
                throw ProblemException.badField("lat", "must be between -90 and 90");
            }
            if (lo < -180 || lo > 180) {
                throw ProblemException.badField("lon", "must be between -180 and 180");
            }
            return new SearchQuery.Center(la, lo, miles);
        }
        if (postcode != null) {
            double[] at = store.zipCentroid(ExactValues.zip("postcode", postcode)).orElseThrow(
                    () -> ProblemException.badField("postcode", "is not a ZIP code we can locate"));
            return new SearchQuery.Center(at[0], at[1], miles);
        }
        if (meters != null) {
            throw ProblemException.badField("proximity", "needs a centre: postcode, or lat and lon");
        }
        return null;
    }

    private static double number(String name, String raw) {
        if (raw.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
            double v = Double.parseDouble(raw);
            if (!Double.isNaN(v) && !Double.isInfinite(v)) {
                return v;
            }
        }
        throw ProblemException.badField(name, "'" + Enums.shown(raw) + "' is not a number");
    }

    private static List<String> words(String search) {
        if (search == null || search.isBlank()) {
            return List.of();
        }
        if (search.length() > 100) {
            throw ProblemException.badField("search", "is at most 100 characters");
        }
        Set<String> words = new LinkedHashSet<>();
        for (String w : search.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty() && words.size() < 10) {
                words.add(w);
            }
        }
        return List.copyOf(words);
    }
}
