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
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.facility.api.ImportResult;
import org.carenetwork.facility.service.importing.DirectoryImport;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/facilities/import")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    DirectoryImport directoryImport;

    @POST
    @Consumes({"text/csv", "application/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed("ADMIN")
    @Operation(summary = "Import a national directory file: an N-SSATS directory CSV (text/csv, Latin-1) or a "
            + "FindTreatment.gov JSON v2 export (application/json)")
    public ImportResult importDirectory(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith(MediaType.APPLICATION_JSON)) {
            return directoryImport.importJson(body);
        }
        if (type.startsWith("text/csv") || type.startsWith("application/csv")) {
            return directoryImport.importCsv(body);
        }
        throw new ProblemException(415, "Unsupported Media Type", "Send text/csv (N-SSATS) or application/json (FindTreatment)");
    }
}
