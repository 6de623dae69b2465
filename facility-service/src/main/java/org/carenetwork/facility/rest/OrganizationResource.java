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

@Path("/organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    /**
     * The list is not paged (its shape is the contract), so it is capped: the network has a handful of
     * brands, and a runaway table must not become an answer without end.
     */
    static final int MAX_ORGANIZATIONS = 1000;

    public record OrganizationView(UUID id, String name, String website) {
    }

    @Inject
    AgroalDataSource dataSource;

    @GET
    @PermitAll
    @HttpCached
    public List<OrganizationView> list(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        TagHeaders.check(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, name, website FROM organization ORDER BY name, id LIMIT ?")) {
            s.setInt(1, MAX_ORGANIZATIONS);
            try (ResultSet rs = s.executeQuery()) {
                List<OrganizationView> all = new ArrayList<>();
                while (rs.next()) {
                    all.add(new OrganizationView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
                }
                return all;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
