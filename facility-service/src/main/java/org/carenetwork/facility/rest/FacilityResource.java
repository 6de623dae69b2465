package org.carenetwork.facility.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import jakarta.ws.rs.PATCH;
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
import org.carenetwork.common.web.Etags;
import org.carenetwork.common.web.Page;
import org.carenetwork.facility.api.AvailabilityInput;
import org.carenetwork.facility.api.FacilityInput;
import org.carenetwork.facility.api.FacilityPage;
import org.carenetwork.facility.api.FacilityView;
import org.carenetwork.facility.api.LanguageCode;
import org.carenetwork.facility.api.ListingReportPage;
import org.carenetwork.facility.api.ProgramView;
import org.carenetwork.facility.api.ReportInput;
import org.carenetwork.facility.api.ReportStatusUpdate;
import org.carenetwork.facility.api.ReportView;
import org.carenetwork.facility.domain.ReportStatus;
import org.carenetwork.facility.service.CatalogService;
import org.carenetwork.facility.service.FacilityStore;
import org.carenetwork.facility.service.ReportStore;
import org.carenetwork.facility.service.SearchQuery;
import org.carenetwork.vocabulary.Condition;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.Medication;
import org.carenetwork.vocabulary.PaymentType;
import org.carenetwork.vocabulary.Population;
import org.carenetwork.vocabulary.Schedule;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/facilities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = FacilityResource.TAG, description = "The catalog of sites, their programs, openings and listing reports.")
public class FacilityResource {

    /** The one tag of every operation of this service. */
    static final String TAG = "Facilities";

    static final String FACILITY_ID = "The facility's id (stable, opaque).";
    static final String PAGE = "The page, from 0.";
    static final String REPORT_ID_TEXT = "The report's id, from the `Location` of its filing.";
    static final String REPORT_STATUS_FILTER = "Only reports in these statuses; any of them. Without it, all.";
    static final String SIZE = "Items per page.";
    static final String ETAG = "A strong tag of the answer, for `If-None-Match`; a facility's is also the `If-Match` "
            + "of a write.";
    static final String ETAG_PATTERN = "^\"[A-Za-z0-9_-]{27}\"$";
    static final String CACHE_CONTROL = "How long a cache may keep the answer: a short public max-age, since openings "
            + "change during the day.";
    static final String CACHE_CONTROL_PATTERN = "^public, max-age=[0-9]+$";
    static final String NOT_MODIFIED = "The answer named in `If-None-Match` is still current; no body.";
    static final String IF_NONE_MATCH = "The `ETag` of the answer you hold: while it is current, the answer is a 304 "
            + "without a body.";
    static final String WRITTEN_ETAG = "The `ETag` of the facility as written, as a `GET /facilities/{id}` would send it: "
            + "send it in `If-Match` on the next write.";
    static final String IF_MATCH = "The `ETag` you read (`GET /facilities/{id}`): the write is refused with 412 if the "
            + "facility changed since.";

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
    ObjectMapper json;

    @Inject
    ReportStore reports;

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @HttpCached
    @Operation(operationId = "searchFacilities", summary = "Search facilities", description = """
            Roles: ANONYMOUS, CALL_CENTER, ADMISSIONS, PARTNER, ADMIN.

            Filters combine with AND; a repeatable filter matches a facility offering ANY of its values (repeat the \
            parameter, or separate values with commas; at most 20 values). The program filters (`levelOfCare`, \
            `schedule`, `population`, `condition`, `acceptingNow`) must hold for one and the same program: "IOP in the \
            evening" does not match a site with day IOP and evening OP; `medication` is offered by any program of the \
            site. A value of a closed vocabulary is taken exactly as this document spells it (case-sensitive, no \
            spaces): anything else is a 400 naming the parameter and listing its values. A site a confirmed listing \
            report found closed is in no search.

            A distance search (`lat` and `lon`, or `zip`) keeps the sites within `radiusMiles` of the centre, nearest \
            first (sites equally far by id), each with `distanceMiles`; sites without coordinates never match it. Without a centre, results are \
            sorted by name. `total` is exact up to 1,000 matches; past that it is an estimate, above 1,000, and \
            `totalIsEstimate` is `true` (the items and their order stay exact). The answer carries an `ETag` and a \
            short public `Cache-Control`; send the tag back in `If-None-Match` for a 304 while it is current.""")
    @APIResponse(responseCode = "200", description = "One page of facilities.",
            headers = {@Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING,
                    maxLength = 29, pattern = ETAG_PATTERN)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL, schema = @Schema(
                            type = SchemaType.STRING, maxLength = 40, pattern = CACHE_CONTROL_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FacilityPage.class),
                    examples = @ExampleObject(name = "iopNearToledo",
                    summary = "IOP within 25 miles of ZIP 43604", value = ApiExamples.SEARCH_PAGE)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED,
            headers = {@Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING,
                    maxLength = 29, pattern = ETAG_PATTERN)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL, schema = @Schema(
                            type = SchemaType.STRING, maxLength = 40, pattern = CACHE_CONTROL_PATTERN))})
    public FacilityPage search(
            @QueryParam("levelOfCare") @Parameter(description = "Levels of care; a facility matches if one of its programs "
                    + "is at any of them.", explode = Explode.TRUE, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = LevelOfCare.class, maxItems = MAX_FILTER_VALUES))
            List<String> levelOfCare,
            @QueryParam("lat") @Parameter(description = "Latitude of the search centre, with `lon`.", example = "41.65",
                    schema = @Schema(type = SchemaType.NUMBER, format = "double", minimum = "-90", maximum = "90"))
            String lat,
            @QueryParam("lon") @Parameter(description = "Longitude of the search centre, with `lat`.", example = "-83.54",
                    schema = @Schema(type = SchemaType.NUMBER, format = "double", minimum = "-180", maximum = "180"))
            String lon,
            @QueryParam("radiusMiles") @Parameter(description = "Radius of a distance search, in miles; it needs a centre "
                    + "(`lat` and `lon`, or `zip`).", schema = @Schema(type = SchemaType.NUMBER, format = "double",
                    minimum = "0", exclusiveMinimum = true, maximum = "500", defaultValue = "25"))
            String radiusMiles,
            @QueryParam("zip") @Parameter(description = "Instead of `lat` and `lon`: search around this US ZIP code's "
                    + "centroid: 5 digits, or a ZIP+4 (`43604-1234`), whose first five are used. A ZIP code that cannot "
                    + "be located is a 400 naming `zip`.", example = "43604", schema = @Schema(type = SchemaType.STRING,
                    minLength = 5, maxLength = 10, pattern = ExactValues.ZIP_PATTERN))
            String zip,
            @QueryParam("state") @Parameter(description = "Two-letter state code, in either case.", example = "OH",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 2, pattern = "^[A-Za-z]{2}$"))
            String state,
            @QueryParam("city") @Parameter(description = "The city, case-insensitive.", example = "Toledo",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            String city,
            @QueryParam("paymentType") @Parameter(description = "What a site accepts at all, as national directories "
                    + "record it; any of them.", explode = Explode.TRUE, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = PaymentType.class, maxItems = MAX_FILTER_VALUES))
            List<String> paymentType,
            @QueryParam("population") @Parameter(description = "Groups a program is designed for; any of them.",
                    explode = Explode.TRUE, schema = @Schema(type = SchemaType.ARRAY, implementation = Population.class,
                    maxItems = MAX_FILTER_VALUES))
            List<String> population,
            @QueryParam("condition") @Parameter(description = "Conditions a program treats; any of them.",
                    explode = Explode.TRUE, schema = @Schema(type = SchemaType.ARRAY, implementation = Condition.class,
                    maxItems = MAX_FILTER_VALUES))
            List<String> condition,
            @QueryParam("language") @Parameter(description = "Languages spoken, as ISO 639 codes; any of them.",
                    explode = Explode.TRUE, schema = @Schema(type = SchemaType.ARRAY, implementation = LanguageCode.class,
                    maxItems = MAX_FILTER_VALUES))
            List<String> language,
            @QueryParam("schedule") @Parameter(description = "Program schedules; any of them.", explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Schedule.class, maxItems = MAX_FILTER_VALUES))
            List<String> schedule,
            @QueryParam("medication") @Parameter(description = "Medications for opioid or alcohol use disorder (MAT); a "
                    + "facility matches if one of its programs offers any of them, whichever program the other program "
                    + "filters match.", explode = Explode.TRUE, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = Medication.class, maxItems = MAX_FILTER_VALUES))
            List<String> medication,
            @QueryParam("acceptingNow") @Parameter(description = "`true`: only a program with openings (more than 0) that "
                    + "takes new patients.", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            String acceptingNow,
            @QueryParam("q") @Parameter(description = "Words that must all be in the facility's name, case-insensitive "
                    + "(the first 10 words count).", example = "recovery",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            String q,
            @QueryParam("id") @Parameter(description = "Only these facilities (the gateway's payer filter sends the "
                    + "facilities in network here); any of them.", explode = Explode.TRUE, schema = @Schema(
                    type = SchemaType.ARRAY, implementation = UUID.class, maxItems = MAX_IDS))
            List<String> id,
            @QueryParam("excludeId") @Parameter(description = "Not these facilities (the gateway's payer filter with "
                    + "`network=...,UNKNOWN` sends the contracted sites that are out of network here).",
                    explode = Explode.TRUE, schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class,
                    maxItems = MAX_IDS))
            List<String> excludeId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(MAX_PAGE) @Parameter(description = PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = SIZE) int size,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH, schema = @Schema(
                    type = SchemaType.STRING, maxLength = TagHeaders.MAX_LENGTH))
            String ifNoneMatch) {
        TagHeaders.check(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        SearchQuery query = new SearchQuery(ids("id", id), ids("excludeId", excludeId), center(lat, lon, radiusMiles, zip), state(state), city(city),
                ExactValues.all("levelOfCare", levelOfCare, LevelOfCare.class, MAX_FILTER_VALUES),
                ExactValues.all("paymentType", paymentType, PaymentType.class, MAX_FILTER_VALUES),
                ExactValues.all("population", population, Population.class, MAX_FILTER_VALUES),
                ExactValues.all("condition", condition, Condition.class, MAX_FILTER_VALUES),
                languages(bounded("language", language)),
                ExactValues.all("schedule", schedule, Schedule.class, MAX_FILTER_VALUES),
                ExactValues.all("medication", medication, Medication.class, MAX_FILTER_VALUES),
                bool("acceptingNow", acceptingNow), words(q), page, size);
        return store.search(query);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @HttpCached
    @Operation(operationId = "getFacility", summary = "One facility", description = """
            Roles: ANONYMOUS, CALL_CENTER, ADMISSIONS, PARTNER, ADMIN.

            The facility with its programs, as a search shows it (without `distanceMiles`). Its `ETag` goes in \
            `If-Match` on a later write, or in `If-None-Match` for a 304 while it is current. A removed facility is a 404.""")
    @APIResponse(responseCode = "200", description = "The facility.",
            headers = {@Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING,
                    maxLength = 29, pattern = ETAG_PATTERN)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL, schema = @Schema(
                            type = SchemaType.STRING, maxLength = 40, pattern = CACHE_CONTROL_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FacilityView.class),
                    examples = @ExampleObject(name = "networkSite", summary = "A network site with one program",
                            value = ApiExamples.FACILITY)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED,
            headers = {@Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING,
                    maxLength = 29, pattern = ETAG_PATTERN)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL, schema = @Schema(
                            type = SchemaType.STRING, maxLength = 40, pattern = CACHE_CONTROL_PATTERN))})
    public FacilityView get(
            @PathParam("id") @Parameter(description = FACILITY_ID, example = ApiExamples.FACILITY_ID, schema = @Schema(implementation = UUID.class)) String id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = IF_NONE_MATCH, schema = @Schema(
                    type = SchemaType.STRING, maxLength = TagHeaders.MAX_LENGTH))
            String ifNoneMatch) {
        TagHeaders.check(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        return catalog.get(Ids.uuid("id", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    @Operation(operationId = "createFacility", summary = "Add a facility", description = """
            Roles: ADMIN.

            Adds a site to the catalog (`source` NETWORK unless given). Openings are not part of the catalog entry: \
            they change through `PUT /facilities/{id}/programs/{levelOfCare}/availability`. Well-formed input that \
            breaks a rule of the catalog is a 422 naming each field: a PHP program under 20 hours a week or an IOP \
            program at 20 or more, an ASAM level that does not belong to the level of care, a level listed twice, an \
            unknown `organizationId`.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FacilityInput.class),
            examples = @ExampleObject(name = "networkSite", summary = "A network site with one program",
                    value = ApiExamples.FACILITY_INPUT)))
    @APIResponse(responseCode = "201", description = "Created: the facility as stored.",
            headers = {@Header(name = HttpHeaders.LOCATION, description = "The new facility's path, `/facilities/{id}`.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = 60)),
                    @Header(name = HttpHeaders.ETAG, description = WRITTEN_ETAG, schema = @Schema(type = SchemaType.STRING,
                            maxLength = 29, pattern = ETAG_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FacilityView.class),
                    examples = @ExampleObject(name = "networkSite", summary = "The site as stored", value = ApiExamples.FACILITY)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@NotNull @Valid FacilityInput body) {
        FacilityView created = catalog.create(body);
        return Response.created(URI.create("/facilities/" + created.id())).header(HttpHeaders.ETAG, Etags.of(json, created))
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    @Operation(operationId = "replaceFacility", summary = "Replace a facility", description = """
            Roles: ADMIN.

            Replaces the whole catalog entry. Send the `ETag` you read in `If-Match`, or the `version` you read in the \
            body (neither is a 400 naming `version`); a stale one is refused and nothing is written (412 for \
            `If-Match`, 409 for `version`). Programs not listed are removed; the openings of programs that stay are \
            kept. The rules of a create apply (422).""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FacilityInput.class),
            examples = @ExampleObject(name = "eveningOnly", summary = "IOP moved to evenings, at version 4",
                    value = ApiExamples.FACILITY_REPLACE)))
    @APIResponse(responseCode = "200", description = "The facility as stored, at its next `version`.",
            headers = @Header(name = HttpHeaders.ETAG, description = WRITTEN_ETAG, schema = @Schema(type = SchemaType.STRING,
                    maxLength = 29, pattern = ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FacilityView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response replace(
            @PathParam("id") @Parameter(description = FACILITY_ID, example = ApiExamples.FACILITY_ID, schema = @Schema(implementation = UUID.class)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH, schema = @Schema(type = SchemaType.STRING,
                    maxLength = TagHeaders.MAX_LENGTH))
            String ifMatch,
            @NotNull @Valid FacilityInput body) {
        FacilityView replaced = catalog.replace(Ids.uuid("id", id), body, TagHeaders.check(HttpHeaders.IF_MATCH, ifMatch));
        return Response.ok(replaced).header(HttpHeaders.ETAG, Etags.of(json, replaced)).build();
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.WILDCARD) // no body to negotiate: any Accept (application/problem+json too) gets the 204
    @RolesAllowed("ADMIN")
    @Operation(operationId = "deleteFacility", summary = "Remove a facility", description = """
            Roles: ADMIN.

            Withdraws the facility from the catalog: it is gone from reads and searches (404), while its listing \
            reports and history stay. With `If-Match`, only if it is unchanged since it was read (else 412).""")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response delete(
            @PathParam("id") @Parameter(description = FACILITY_ID, example = ApiExamples.FACILITY_ID, schema = @Schema(implementation = UUID.class)) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH, schema = @Schema(type = SchemaType.STRING,
                    maxLength = TagHeaders.MAX_LENGTH))
            String ifMatch) {
        catalog.delete(Ids.uuid("id", id), TagHeaders.check(HttpHeaders.IF_MATCH, ifMatch));
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/programs/{levelOfCare}/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "ADMISSIONS"})
    @Operation(operationId = "updateAvailability", summary = "Confirm a program's openings", description = """
            Roles: ADMIN, ADMISSIONS.

            Today's openings, confirmed now: `openingsUpdatedAt` becomes the time of this call, and the facility's \
            `version` (and `ETag`) change with it. To refuse the write if the facility changed since you read it, send \
            its `ETag` in `If-Match` (stale: 412) or its `version` in the body (stale: 409); without either, the latest \
            confirmation wins. A site that runs no program at that level is a 404.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AvailabilityInput.class),
            examples = @ExampleObject(name = "threeOpenings", summary = "Three openings, taking new patients",
                    value = ApiExamples.AVAILABILITY_INPUT)))
    @APIResponse(responseCode = "200", description = "The program with its new openings.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramView.class),
                    examples = @ExampleObject(name = "iop", summary = "The IOP program, confirmed now",
                            value = ApiExamples.PROGRAM)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public ProgramView availability(
            @PathParam("id") @Parameter(description = FACILITY_ID, example = ApiExamples.FACILITY_ID, schema = @Schema(implementation = UUID.class)) String id,
            @PathParam("levelOfCare") @Parameter(description = "The program's level of care.", example = "IOP",
                    schema = @Schema(implementation = LevelOfCare.class))
            String levelOfCare,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH, schema = @Schema(type = SchemaType.STRING,
                    maxLength = TagHeaders.MAX_LENGTH))
            String ifMatch,
            @NotNull @Valid AvailabilityInput body) {
        return catalog.updateAvailability(Ids.uuid("id", id), ExactValues.required("levelOfCare", levelOfCare, LevelOfCare.class),
                body, TagHeaders.check(HttpHeaders.IF_MATCH, ifMatch));
    }

    @POST
    @Path("/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "reportListing", summary = "Report a listing as wrong", description = """
            Roles: ANONYMOUS, CALL_CENTER, ADMISSIONS, PARTNER, ADMIN.

            Anyone may flag a listing (api-v1 names website visitors and the call center): a disconnected phone, a \
            program not accepting, a closed site, a wrong address. The report is `OPEN` and keeps the reporter's role, \
            never a name; staff (ADMIN, CALL_CENTER) work it from the queue (`GET /listing-reports`) at the path \
            `Location` names. Nothing a listing shows changes until staff confirm the report.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportInput.class),
            examples = @ExampleObject(name = "disconnected", summary = "The phone is disconnected",
                    value = ApiExamples.REPORT_INPUT)))
    @APIResponse(responseCode = "201", description = "The report, `OPEN`.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The report's path, "
                    + "`/facilities/{id}/reports/{reportId}` (read by ADMIN and CALL_CENTER).",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = 2000,
                            pattern = "/facilities/[0-9a-f-]{36}/reports/[0-9a-f-]{36}$")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class),
                    examples = @ExampleObject(name = "disconnected", summary = "Filed by the call center",
                            value = ApiExamples.REPORT)))
    public Response report(
            @PathParam("id") @Parameter(description = FACILITY_ID, example = ApiExamples.FACILITY_ID, schema = @Schema(implementation = UUID.class)) String id,
            @NotNull @Valid ReportInput body) {
        UUID facilityId = Ids.uuid("id", id);
        ReportView filed = reports.file(facilityId, body, reporter());
        if (filed == null) {
            throw ProblemException.notFound("Facility", facilityId);
        }
        return Response.created(URI.create("/facilities/" + facilityId + "/reports/" + filed.id())).entity(filed).build();
    }

    @GET
    @Path("/{id}/reports")
    @RolesAllowed({"ADMIN", "CALL_CENTER"})
    @Operation(operationId = "listListingReports", summary = "The reports on a listing", description = """
            Roles: ADMIN, CALL_CENTER.

            The listing reports filed on a facility, oldest first, each with its status history; `status` keeps \
            those in any of the statuses given. A removed facility's reports stay readable.""")
    @APIResponse(responseCode = "200", description = "One page of reports, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListingReportPage.class),
                    examples = @ExampleObject(name = "oneReport",
                    summary = "One report", value = ApiExamples.REPORT_PAGE)))
    public Page<ReportView> reports(
            @PathParam("id") @Parameter(description = FACILITY_ID, example = ApiExamples.FACILITY_ID, schema = @Schema(implementation = UUID.class)) String id,
            @QueryParam("status") @Parameter(description = REPORT_STATUS_FILTER, explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReportStatus.class, maxItems = 4))
            List<String> status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(MAX_PAGE) @Parameter(description = PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = SIZE) int size) {
        UUID facilityId = Ids.uuid("id", id);
        Page<ReportView> found = reports.list(facilityId, ExactValues.all("status", status, ReportStatus.class, 4), page, size);
        if (found == null) {
            throw ProblemException.notFound("Facility", facilityId);
        }
        return found;
    }

    @GET
    @Path("/{id}/reports/{reportId}")
    @RolesAllowed({"ADMIN", "CALL_CENTER"})
    @Operation(operationId = "getListingReport", summary = "One listing report", description = """
            Roles: ADMIN, CALL_CENTER.

            The report a `POST /facilities/{id}/reports` filed (its `Location`), with its status history. A removed \
            facility's reports stay readable; a report of another facility is a 404 here.""")
    @APIResponse(responseCode = "200", description = "The report.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class),
                    examples = @ExampleObject(name = "open", summary = "Filed by the call center, not yet worked",
                            value = ApiExamples.REPORT)))
    public ReportView oneReport(
            @PathParam("id") @Parameter(description = FACILITY_ID, example = ApiExamples.FACILITY_ID, schema = @Schema(implementation = UUID.class)) String id,
            @PathParam("reportId") @Parameter(description = REPORT_ID_TEXT, example = ApiExamples.REPORT_ID,
                    schema = @Schema(implementation = UUID.class)) String reportId) {
        UUID facilityId = Ids.uuid("id", id);
        UUID report = Ids.uuid("reportId", reportId);
        return reports.find(facilityId, report).orElseThrow(() -> new ProblemException(404, "Not found",
                "Facility " + facilityId + " has no report " + report));
    }

    @PATCH
    @Path("/{id}/reports/{reportId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "CALL_CENTER"})
    @Operation(operationId = "resolveListingReport", summary = "Work a listing report", description = """
            Roles: ADMIN, CALL_CENTER.

            The report's next status, with a note: `OPEN → CONFIRMED | FIXED | DISMISSED`, `CONFIRMED → FIXED`. Each \
            step is kept with who made it (the token's subject), when, and the note. Any other step, a repeat of \
            the current status included, is a 409 naming both statuses, and changes nothing.

            While a report is `CONFIRMED`, the catalog shows what it found: a `CLOSED` report about the site (no \
            `levelOfCare`) takes the site out of every search and its reads say `closed: true`; a \
            `PHONE_DISCONNECTED` report withholds the number the site listed when it was confirmed (`phone: null`, \
            `phoneStatus: DISCONNECTED`) until the catalog lists another. `FIXED` (the listing was corrected, or the \
            site reopened) ends that. The facility's `version` and `ETag` change with it.""")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportStatusUpdate.class),
            examples = @ExampleObject(name = "dismiss", summary = "The number works: dismissed",
                    value = ApiExamples.REPORT_STATUS_UPDATE)))
    @APIResponse(responseCode = "200", description = "The report after the step, with its history.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class),
                    examples = @ExampleObject(name = "dismissed", summary = "Dismissed by the call center",
                            value = ApiExamples.REPORT_RESOLVED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReportView resolve(
            @PathParam("id") @Parameter(description = FACILITY_ID, example = ApiExamples.FACILITY_ID, schema = @Schema(implementation = UUID.class)) String id,
            @PathParam("reportId") @Parameter(description = REPORT_ID_TEXT, example = ApiExamples.REPORT_ID,
                    schema = @Schema(implementation = UUID.class)) String reportId,
            @NotNull @Valid ReportStatusUpdate body) {
        return reports.changeStatus(Ids.uuid("id", id), Ids.uuid("reportId", reportId), body, staffMember());
    }

    /** Who works a report: the token's subject (a staff login), as the coverage queue records it. */
    private String staffMember() {
        String name = identity.getPrincipal() == null ? null : identity.getPrincipal().getName();
        if (name == null || name.isBlank()) {
            return reporter();
        }
        return name.length() <= 200 ? name : name.substring(0, 200);
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
        boolean hasZip = zip != null;
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
            double[] at = store.zipCentroid(ExactValues.zip("zip", zip)).orElseThrow(
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
            // parseDouble would also take spaces around, a trailing "d" and hexadecimal: a number is digits.
            if (!raw.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
                throw new NumberFormatException();
            }
            double v = Double.parseDouble(raw);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw ProblemException.badField(name, "'" + Enums.shown(raw) + "' is not a number");
        }
    }

    private static boolean bool(String name, String raw) {
        // As common-web reads a typed boolean parameter: true or false, in any case.
        if (raw == null || raw.equalsIgnoreCase("false")) {
            return false;
        }
        if (raw.equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.badField(name, "must be true or false");
    }

    private static String state(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.toUpperCase(Locale.ROOT);
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
                    String code = part.toLowerCase(Locale.ROOT);
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

    private static Set<UUID> ids(String field, List<String> raw) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (raw != null) {
            if (raw.size() > MAX_IDS) {
                throw ProblemException.badField(field, "at most " + MAX_IDS + " ids");
            }
            raw.forEach(r -> ids.add(Ids.uuid(field, r)));
        }
        return ids;
    }
}
