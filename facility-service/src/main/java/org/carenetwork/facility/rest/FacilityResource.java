package org.carenetwork.facility.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.carenetwork.common.problem.Enums;
import org.carenetwork.common.problem.Ids;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.common.web.Page;
import org.carenetwork.facility.api.AvailabilityInput;
import org.carenetwork.facility.api.FacilityInput;
import org.carenetwork.facility.api.FacilityView;
import org.carenetwork.facility.api.ProgramView;
import org.carenetwork.facility.api.ReportInput;
import org.carenetwork.facility.api.ReportView;
import org.carenetwork.facility.service.CatalogService;
import org.carenetwork.facility.service.FacilityStore;
import org.carenetwork.facility.service.ReportStore;
import org.carenetwork.facility.service.SearchQuery;
import org.carenetwork.vocabulary.Condition;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PaymentType;
import org.carenetwork.vocabulary.Population;
import org.carenetwork.vocabulary.Schedule;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/facilities")
@Produces(MediaType.APPLICATION_JSON)
public class FacilityResource {

    static final double DEFAULT_RADIUS_MILES = 25;
    static final double MAX_RADIUS_MILES = 500;
    /** Values one repeatable filter may list: more than any vocabulary has (populations: 16). */
    static final int MAX_FILTER_VALUES = 20;
    static final int MAX_IDS = 1000;
    static final int MAX_PAGE = 100000;
    /** The roles a report is signed with, in the order one is chosen for a caller who has several. */
    static final List<String> REPORTER_ROLES = List.of("ADMIN", "ADMISSIONS", "CALL_CENTER", "PARTNER");

    @Inject
    FacilityStore store;

    @Inject
    CatalogService catalog;

    @Inject
    ReportStore reports;

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @HttpCached
    @Operation(summary = "Search facilities: by levels of care, distance around lat/lon or a ZIP code, filters and name words")
    public Page<FacilityView> search(@QueryParam("levelOfCare") List<String> levelOfCare,
                                     @QueryParam("lat") String lat, @QueryParam("lon") String lon,
                                     @QueryParam("radiusMiles") String radiusMiles, @QueryParam("zip") String zip,
                                     @QueryParam("state") String state, @QueryParam("city") String city,
                                     @QueryParam("paymentType") List<String> paymentType,
                                     @QueryParam("population") List<String> population,
                                     @QueryParam("condition") List<String> condition,
                                     @QueryParam("language") List<String> language,
                                     @QueryParam("schedule") List<String> schedule,
                                     @QueryParam("acceptingNow") String acceptingNow,
                                     @QueryParam("q") String q, @QueryParam("id") List<String> id,
                                     @QueryParam("page") @DefaultValue("0") @Min(0) @Max(MAX_PAGE) int page,
                                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                                     @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        TagHeaders.check(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        SearchQuery query = new SearchQuery(ids(id), center(lat, lon, radiusMiles, zip), state(state), city(city),
                Enums.parseAll("levelOfCare", bounded("levelOfCare", levelOfCare), LevelOfCare.class),
                Enums.parseAll("paymentType", bounded("paymentType", paymentType), PaymentType.class),
                Enums.parseAll("population", bounded("population", population), Population.class),
                Enums.parseAll("condition", bounded("condition", condition), Condition.class),
                languages(bounded("language", language)),
                Enums.parseAll("schedule", bounded("schedule", schedule), Schedule.class),
                bool("acceptingNow", acceptingNow), words(q), page, size);
        return store.search(query);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @HttpCached
    public FacilityView get(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        TagHeaders.check(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        return catalog.get(Ids.uuid("id", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Response create(@NotNull @Valid FacilityInput body) {
        FacilityView created = catalog.create(body);
        return Response.created(URI.create("/facilities/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    @Operation(summary = "Replace a facility's catalog entry; send If-Match with the ETag you read, or the version in the body")
    public FacilityView replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @NotNull @Valid FacilityInput body) {
        return catalog.replace(Ids.uuid("id", id), body, TagHeaders.check(HttpHeaders.IF_MATCH, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Withdraw a facility from the catalog (soft delete: reports and history stay)")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        catalog.delete(Ids.uuid("id", id), TagHeaders.check(HttpHeaders.IF_MATCH, ifMatch));
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/programs/{levelOfCare}/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "ADMISSIONS"})
    @Operation(summary = "Confirm a program's openings now; to refuse the write if the facility changed since you "
            + "read it, send If-Match with its ETag or the version in the body")
    public ProgramView availability(@PathParam("id") String id, @PathParam("levelOfCare") String levelOfCare,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @NotNull @Valid AvailabilityInput body) {
        return catalog.updateAvailability(Ids.uuid("id", id), Enums.required("levelOfCare", levelOfCare, LevelOfCare.class),
                body, TagHeaders.check(HttpHeaders.IF_MATCH, ifMatch));
    }

    @POST
    @Path("/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Report a listing as wrong: a disconnected phone, a closed site, a program not accepting")
    public Response report(@PathParam("id") String id, @NotNull @Valid ReportInput body) {
        UUID facilityId = Ids.uuid("id", id);
        ReportView filed = reports.file(facilityId, body, reporter());
        if (filed == null) {
            throw ProblemException.notFound("Facility", facilityId);
        }
        return Response.created(URI.create("/facilities/" + facilityId + "/reports/" + filed.id())).entity(filed).build();
    }

    @GET
    @Path("/{id}/reports")
    @RolesAllowed("ADMIN")
    public Page<ReportView> reports(@PathParam("id") String id,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) @Max(MAX_PAGE) int page,
                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        UUID facilityId = Ids.uuid("id", id);
        Page<ReportView> found = reports.list(facilityId, page, size);
        if (found == null) {
            throw ProblemException.notFound("Facility", facilityId);
        }
        return found;
    }

    /**
     * The reporter's role, never a name: a report is about a listing, not about who called. Only the
     * API's roles are named; a token's other groups (an issuer may put a person's name there) are not.
     */
    private String reporter() {
        if (identity.isAnonymous()) {
            return "ANONYMOUS";
        }
        return REPORTER_ROLES.stream().filter(identity::hasRole).findFirst().orElse("AUTHENTICATED");
    }

    /** A repeatable filter's values, repeated or comma-separated alike, at most {@link #MAX_FILTER_VALUES}. */
    private static List<String> bounded(String name, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        long values = raw.stream().flatMap(r -> Arrays.stream(r.split(","))).filter(v -> !v.isBlank()).count();
        if (raw.size() > MAX_FILTER_VALUES || values > MAX_FILTER_VALUES) {
            throw ProblemException.badField(name, "at most " + MAX_FILTER_VALUES + " values");
        }
        return raw;
    }

    private SearchQuery.Center center(String lat, String lon, String radiusMiles, String zip) {
        Double radius = radiusMiles == null ? null : number("radiusMiles", radiusMiles);
        if (radius != null && (radius <= 0 || radius > MAX_RADIUS_MILES)) {
            throw ProblemException.badField("radiusMiles", "must be more than 0 and at most " + (int) MAX_RADIUS_MILES);
        }
        double r = radius == null ? DEFAULT_RADIUS_MILES : radius;
        boolean hasZip = zip != null && !zip.isBlank();
        if (lat != null || lon != null) {
            if (hasZip) {
                throw ProblemException.badField("zip", "give either zip or lat and lon, not both");
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
            return new SearchQuery.Center(la, lo, r);
        }
        if (hasZip) {
            String z = zip.strip();
            if (!z.matches("[0-9]{5}(-[0-9]{4})?")) {
                throw ProblemException.badField("zip", "must be a 5-digit US ZIP code");
            }
            double[] at = store.zipCentroid(z.substring(0, 5)).orElseThrow(
                    () -> ProblemException.badField("zip", "is not a ZIP code we can locate"));
            return new SearchQuery.Center(at[0], at[1], r);
        }
        if (radius != null) {
            throw ProblemException.badField("radiusMiles", "needs a centre: lat and lon, or zip");
        }
        return null;
    }

    private static double number(String name, String raw) {
        try {
            double v = Double.parseDouble(raw.strip());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw ProblemException.badField(name, "'" + Enums.shown(raw) + "' is not a number");
        }
    }

    private static boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank() || raw.equalsIgnoreCase("false")) {
            return false;
        }
        if (raw.equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.badField(name, "must be true or false");
    }

    private static String state(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip().toUpperCase(Locale.ROOT);
        if (!s.matches("[A-Z]{2}")) {
            throw ProblemException.badField("state", "must be a two-letter state code");
        }
        return s;
    }

    private static String city(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > 100) {
            throw ProblemException.badField("city", "is at most 100 characters");
        }
        return raw.strip();
    }

    private static Set<String> languages(List<String> raw) {
        Set<String> values = new LinkedHashSet<>();
        if (raw != null) {
            for (String r : raw) {
                for (String part : r.split(",")) {
                    String code = part.strip().toLowerCase(Locale.ROOT);
                    if (code.isEmpty()) {
                        continue;
                    }
                    if (!code.matches("[a-z]{2,3}")) {
                        throw ProblemException.badField("language", "'" + Enums.shown(part)
                                + "' is not an ISO 639 language code (es, en, ase...)");
                    }
                    values.add(code);
                }
            }
        }
        return values;
    }

    private static List<String> words(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        if (q.length() > 100) {
            throw ProblemException.badField("q", "is at most 100 characters");
        }
        List<String> words = new ArrayList<>();
        for (String w : q.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty() && words.size() < 10) {
                words.add(w);
            }
        }
        return words;
    }

    private static Set<UUID> ids(List<String> raw) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (raw != null) {
            if (raw.size() > MAX_IDS) {
                throw ProblemException.badField("id", "at most " + MAX_IDS + " ids");
            }
            raw.forEach(r -> ids.add(Ids.uuid("id", r)));
        }
        return ids;
    }
}
