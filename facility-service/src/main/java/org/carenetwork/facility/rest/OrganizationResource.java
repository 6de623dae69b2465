package org.carenetwork.facility.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.carenetwork.facility.Organization;

@Path("/organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    public record OrganizationView(UUID id, String name, String website) {
    }

    @GET
    @PermitAll
    public List<OrganizationView> list() {
        return Organization.<Organization>listAll(io.quarkus.panache.common.Sort.by("name")).stream()
                .map(o -> new OrganizationView(o.id, o.name, o.website)).toList();
    }
}
