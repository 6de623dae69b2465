package org.carenetwork.facility.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.facility.api.LevelOfCareView;
import org.carenetwork.facility.domain.Language;
import org.carenetwork.facility.domain.LevelOfCareFacts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The levels of care, as facts a website shows: domain's {@link LevelOfCareFacts}, in English or Spanish. */
@Path("/levels-of-care")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = FacilityResource.TAG)
public class LevelOfCareResource {

    static final int MAX_ACCEPT_LANGUAGE = 200;
    static final String CONTENT_LANGUAGE = "The language of the texts: `en` or `es`.";
    static final String VARY = "`Accept-Language`: caches keep one answer per language.";

    @GET
    @PermitAll
    @HttpCached
    @Operation(operationId = "listLevelsOfCare", summary = "The levels of care", description = """
            Roles: ANONYMOUS, CALL_CENTER, ADMISSIONS, PARTNER, ADMIN.

            Every level of care of the vocabulary (DETOX, INPATIENT, RESIDENTIAL, PHP, IOP, OP, MAT, in that order) with \
            its ASAM levels, where the person lives during it, hours and days a week, who it is for and what it is, in \
            plain language: English, or Spanish when `Accept-Language` prefers it (`Content-Language` says which). \
            Cached like the catalog's reads: an `ETag`, a short public `Cache-Control` and `Vary: Accept-Language`.""")
    @APIResponse(responseCode = "200", description = "The levels of care, most intensive first, MAT last.",
            headers = {@Header(name = HttpHeaders.ETAG, description = FacilityResource.ETAG, schema = @Schema(
                    type = SchemaType.STRING, maxLength = 29, pattern = FacilityResource.ETAG_PATTERN)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = FacilityResource.CACHE_CONTROL,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 40,
                                    pattern = FacilityResource.CACHE_CONTROL_PATTERN)),
                    @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = CONTENT_LANGUAGE,
                            schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "es"})),
                    @Header(name = HttpHeaders.VARY, description = VARY,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 100))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = LevelOfCareView.class, maxItems = 7),
                    examples = @ExampleObject(name = "iop", summary = "One level, in English",
                            value = ApiExamples.LEVELS_OF_CARE)))
    @APIResponse(responseCode = "304", description = FacilityResource.NOT_MODIFIED,
            headers = {@Header(name = HttpHeaders.ETAG, description = FacilityResource.ETAG, schema = @Schema(
                    type = SchemaType.STRING, maxLength = 29, pattern = FacilityResource.ETAG_PATTERN)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = FacilityResource.CACHE_CONTROL,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 40,
                                    pattern = FacilityResource.CACHE_CONTROL_PATTERN)),
                    @Header(name = HttpHeaders.VARY, description = VARY,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 100))})
    public Response list(
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(description = "The languages you read, as browsers send "
                    + "them (`es`, `es-MX,es;q=0.9,en;q=0.5`); Spanish when it ranks above English, else English.",
                    example = "es", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_ACCEPT_LANGUAGE))
            String acceptLanguage,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = FacilityResource.IF_NONE_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = TagHeaders.MAX_LENGTH))
            String ifNoneMatch) {
        TagHeaders.check(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        if (acceptLanguage != null && acceptLanguage.length() > MAX_ACCEPT_LANGUAGE) {
            throw ProblemException.badField(HttpHeaders.ACCEPT_LANGUAGE, "is at most " + MAX_ACCEPT_LANGUAGE + " characters");
        }
        Language language = Language.preferred(acceptLanguage);
        List<LevelOfCareView> levels = LevelOfCareFacts.all().stream().map(facts -> view(facts, language)).toList();
        return Response.ok(levels).header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).build();
    }

    private static LevelOfCareView view(LevelOfCareFacts facts, Language language) {
        LevelOfCareFacts.Words words = facts.in(language);
        return new LevelOfCareView(facts.level(), words.name(), facts.asamLevels(), facts.livingSituation(),
                words.livingSituation(), facts.roundTheClock(), facts.hoursPerWeekMin(), facts.hoursPerWeekMax(),
                facts.daysPerWeekMin(), facts.daysPerWeekMax(), words.whoFor(), words.description());
    }
}
