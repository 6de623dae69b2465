package org.carenetwork.facility.rest;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = FacilityResource.TAG)
public class OrganizationResource {

    /**
     * The list is not paged (its shape is the contract), so it is capped: the network has a handful of
     * brands, and a runaway table must not become an answer without end.
     */
    static final int MAX_ORGANIZATIONS = 1000;

    @Schema(name = "Organization", description = "A brand of the network.")
    public record OrganizationView(
            @Schema(required = true) UUID id,
            @Schema(required = true, maxLength = 200, example = "Midwest Recovery Centers") String name,
            @Schema(required = true, nullable = true, maxLength = 500, example = "https://www.midwestrecoverycenter.example")
            String website,
            @Schema(required = true, nullable = true, maxLength = 30, example = "+1-833-657-0858",
                    description = "The brand's admissions line; null when it has none of its own.")
            String phone,
            @Schema(required = true, nullable = true, description = "The brand's colours for an embedded page; null when "
                    + "it has none (the page then uses the network's).")
            Theme theme) {
    }

    @Schema(name = "OrganizationTheme", description = "A brand's colours, as `#rrggbb`.")
    public record Theme(
            @Schema(required = true, maxLength = 7, pattern = COLOR, example = "#1d4e89",
                    description = "Headers and buttons: dark enough for white text at 4.5:1 (WCAG AA).")
            String primaryColor,
            @Schema(required = true, nullable = true, maxLength = 7, pattern = COLOR, example = "#f2a541",
                    description = "Decoration only (never text): a stripe, a border.")
            String accentColor) {
    }

    static final String COLOR = "^#[0-9a-f]{6}$";

    @Inject
    AgroalDataSource dataSource;

    @GET
    @PermitAll
    @HttpCached
    @Operation(operationId = "listOrganizations", summary = "The brands of the network", description = """
            Roles: ANONYMOUS, CALL_CENTER, ADMISSIONS, PARTNER, ADMIN.

            Every organization (brand), sorted by name, with its admissions `phone` and its `theme` colours when it \
            has them (an embedded find-care page takes its name, phone and colours from here); at most 1000, as the \
            list is not paged. Cached like a search: \
            an `ETag`, a short public `Cache-Control`, and a 304 for a current `If-None-Match`.""")
    @APIResponse(responseCode = "200", description = "The organizations, by name.",
            headers = {@Header(name = HttpHeaders.ETAG, description = FacilityResource.ETAG, schema = @Schema(
                    type = SchemaType.STRING, maxLength = 29, pattern = FacilityResource.ETAG_PATTERN)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = FacilityResource.CACHE_CONTROL,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 40,
                                    pattern = FacilityResource.CACHE_CONTROL_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = OrganizationView.class, maxItems = MAX_ORGANIZATIONS),
                    examples = @ExampleObject(name = "oneBrand", summary = "One brand", value = ApiExamples.ORGANIZATIONS)))
    @APIResponse(responseCode = "304", description = FacilityResource.NOT_MODIFIED,
            headers = {@Header(name = HttpHeaders.ETAG, description = FacilityResource.ETAG, schema = @Schema(
                    type = SchemaType.STRING, maxLength = 29, pattern = FacilityResource.ETAG_PATTERN)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = FacilityResource.CACHE_CONTROL,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 40,
                                    pattern = FacilityResource.CACHE_CONTROL_PATTERN))})
    public List<OrganizationView> list(
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = FacilityResource.IF_NONE_MATCH,
                    schema = @Schema(type = SchemaType.STRING, maxLength = TagHeaders.MAX_LENGTH))
            String ifNoneMatch) {
        TagHeaders.check(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, name, website, phone, primary_color, accent_color FROM organization ORDER BY name, id LIMIT ?")) {
            s.setInt(1, MAX_ORGANIZATIONS);
            try (ResultSet rs = s.executeQuery()) {
                List<OrganizationView> all = new ArrayList<>();
                while (rs.next()) {
                    String primary = rs.getString(5);
                    all.add(new OrganizationView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), primary == null ? null : new Theme(primary, rs.getString(6))));
                }
                return all;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
