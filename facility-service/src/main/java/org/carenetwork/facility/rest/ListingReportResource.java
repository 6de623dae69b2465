package org.carenetwork.facility.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.carenetwork.common.web.Page;
import org.carenetwork.facility.api.ListingReportPage;
import org.carenetwork.facility.api.ReportView;
import org.carenetwork.facility.domain.ReportStatus;
import org.carenetwork.facility.service.ReportStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The queue of listing reports across facilities, as staff work it. */
@Path("/listing-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = FacilityResource.TAG)
public class ListingReportResource {

    @Inject
    ReportStore reports;

    @GET
    @RolesAllowed({"ADMIN", "CALL_CENTER"})
    @Operation(operationId = "listListingReportQueue", summary = "The listing-report queue", description = """
            Roles: ADMIN, CALL_CENTER.

            Every facility's listing reports, oldest first, each with its status history (`status=OPEN` for the work \
            still to do). A report is worked at `PATCH /facilities/{facilityId}/reports/{id}`.""")
    @APIResponse(responseCode = "200", description = "One page of reports, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListingReportPage.class),
                    examples = @ExampleObject(name = "open", summary = "The open reports", value = ApiExamples.REPORT_PAGE)))
    public Page<ReportView> queue(
            @QueryParam("status") @Parameter(description = FacilityResource.REPORT_STATUS_FILTER, explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReportStatus.class,
                    maxItems = 4))
            List<String> status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(FacilityResource.MAX_PAGE)
            @Parameter(description = FacilityResource.PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = FacilityResource.SIZE)
            int size) {
        return reports.list(null, ExactValues.all("status", status, ReportStatus.class, 4), page, size);
    }
}
