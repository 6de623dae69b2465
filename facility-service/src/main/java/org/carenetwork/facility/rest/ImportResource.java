package org.carenetwork.facility.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Locale;
import org.carenetwork.common.openapi.ContractExtensions;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.facility.api.ApiBounds;
import org.carenetwork.facility.api.ImportResult;
import org.carenetwork.facility.service.importing.DirectoryImport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/facilities/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = FacilityResource.TAG)
public class ImportResource {

    private static final String FILE = "The file as downloaded, up to 100 MiB.";
    /** The profile of {@code application/json} that names an Open Referral HSDS 3.0 dataset. */
    static final String HSDS_PROFILE = "https://openreferral.org/hsds/3.0";

    @Inject
    DirectoryImport directoryImport;

    @POST
    @Consumes({"text/csv", "application/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed("ADMIN")
    @Operation(operationId = "importFacilities", summary = "Import a national directory", description = """
            Roles: ADMIN.

            A CSV in an N-SSATS directory layout (`text/csv` or `application/csv`, Latin-1, with its header line: the \
            2015 layout `Name1,Name2,Name3,Address1,...,Keys` with or without `Longitude,Latitude`, or the later \
            `Year,Page,Center_name,Street_address,City,State,Postal_code,Phone,Keys`; the answer's `layout` says which), a \
            FindTreatment.gov JSON v2 export (`application/json`: `{"rows": [...]}` or the bare array of rows) or an Open \
            Referral HSDS 3.0 dataset of services (`application/json; profile="https://openreferral.org/hsds/3.0"`: \
            what `GET /hsds/services` answers, `{"contents": [...]}`, or the bare array of services; each service is a \
            program, its level and populations, conditions, medications and payment types the taxonomy terms \
            `/hsds` writes, consecutive services at one location one site; a rejection's line is the service's \
            position from 1), up to \
            100 MiB. The file is read as a stream and written in batches of one transaction, as `DIRECTORY` listings. A listing is matched \
            on its name and street address, normalised (case, punctuation, street abbreviations), whatever the file or \
            layout, so a re-import or another year's file updates what changed instead of duplicating, and leaves \
            unchanged listings (and their `ETag`) alone. A row without coordinates is placed at its ZIP code's centroid \
            (`location.precision: ZIP_CENTROID`). A row naming one of the network's own sites is skipped (`skippedRows`): \
            a directory never overwrites the network's entry. A row that cannot be used (no name, city or two-letter state, \
            coordinates out of range, no coordinates and no ZIP code the centroid table has, no code that maps to a level of care, a field longer than the catalog holds, a \
            site the file already listed) is rejected with its line and reason; it never fails the import. Unknown \
            service codes are kept in `directoryCodes`. A CSV whose header matches no layout (the 400 names each layout's columns), JSON without rows, or JSON \
            that breaks off (a cut-off upload) is a 400, and nothing of it is kept: the import is one transaction.""",
            // On the operation itself: a method-level @Extension would be copied onto every response too.
            extensions = @Extension(name = ContractExtensions.CARRIES_FILE, value = "true", parseValue = true))
    @APIResponse(responseCode = "200", description = "What was imported, updated and left unchanged, and the rows "
            + "rejected with their line and reason.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "national2015", summary = "The 2015 national N-SSATS file",
                            value = ApiExamples.IMPORT_RESULT)))
    @APIResponse(responseCode = "413", description = "The file is larger than 100 MiB; nothing was imported.")
    @APIResponse(responseCode = "415", description = "The body is neither CSV nor JSON.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public ImportResult importDirectory(
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType,
            @RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary",
                            maxLength = ApiBounds.MAX_BODY_BYTES, description = FILE),
                            examples = @ExampleObject(name = "nssats", summary = "An N-SSATS directory CSV with one site",
                                    value = ApiExamples.IMPORT_CSV)),
                    @Content(mediaType = "application/csv", schema = @Schema(type = SchemaType.STRING, format = "binary",
                            maxLength = ApiBounds.MAX_BODY_BYTES, description = FILE),
                            examples = @ExampleObject(name = "nssats", summary = "An N-SSATS directory CSV with one site",
                                    value = ApiExamples.IMPORT_CSV)),
                    // Any JSON: the export's rows are read one by one, and a row that is not one is rejected in
                    // the answer (200), not the request; so the document constrains nothing here.
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(description = FILE
                            + " A FindTreatment.gov export (`GET /locator/exportsAsJson/v2`): `{\"rows\": [...]}` or the "
                            + "bare array of rows, each with `name1`, `name2`, `street1`, `street2`, `city`, `state`, `zip`, "
                            + "`phone`, `website`, `latitude`, `longitude` and `services: [{f1, f2, f3}]`; a row that is "
                            + "not one is rejected in the answer, with its line."),
                            examples = @ExampleObject(name = "findTreatment", summary = "A FindTreatment.gov export with one site",
                                    value = ApiExamples.IMPORT_JSON))})
            InputStream body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith(MediaType.APPLICATION_JSON)) {
            return isHsds(type) ? directoryImport.importHsds(body) : directoryImport.importJson(body);
        }
        if (type.startsWith("text/csv") || type.startsWith("application/csv")) {
            return directoryImport.importCsv(body);
        }
        throw new ProblemException(415, "Unsupported Media Type", "Send text/csv (N-SSATS), application/json (FindTreatment) "
                + "or application/json; profile=\"" + HSDS_PROFILE + "\" (Open Referral HSDS 3.0)");
    }

    /**
     * An HSDS dataset is named by its media type's profile, {@value #HSDS_PROFILE} (any profile that
     * names HSDS will do: {@code profile=hsds}); the body's shape is not guessed at, since a bare array
     * is a valid FindTreatment export and a valid HSDS dataset alike.
     */
    static boolean isHsds(String contentType) {
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.startsWith("profile=")) {
                String value = p.substring("profile=".length()).replace("\"", "").strip();
                return value.equals(HSDS_PROFILE) || value.contains("hsds") || value.contains("openreferral");
            }
        }
        return false;
    }
}
