package org.carenetwork.facility.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.carenetwork.common.problem.Ids;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.common.web.Page;
import org.carenetwork.facility.Facility;

@Path("/facilities")
@Produces(MediaType.APPLICATION_JSON)
public class FacilityResource {

    @GET
    @PermitAll
    public Page<FacilityView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        var query = Facility.find("deletedAt is null order by name, id");
        List<FacilityView> items = query.page(page, size).<Facility>list().stream().map(FacilityView::of).toList();
        return new Page<>(items, page, size, query.count());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public FacilityView get(@PathParam("id") String id) {
        Facility f = Facility.findById(Ids.uuid("id", id));
        if (f == null || f.deletedAt != null) {
            throw ProblemException.notFound("Facility", id);
        }
        return FacilityView.of(f);
    }
}
