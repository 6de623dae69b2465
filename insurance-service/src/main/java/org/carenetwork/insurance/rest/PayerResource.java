package org.carenetwork.insurance.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.common.web.Page;
import org.carenetwork.insurance.api.PayerView;
import org.carenetwork.insurance.domain.Payer;
import org.carenetwork.insurance.service.Payers;

@Path("/payers")
@Produces(MediaType.APPLICATION_JSON)
public class PayerResource {

    @Inject
    Payers payers;

    /** The payer list, or those matching {@code q} (name, alias, typo one letter off), best first. */
    @GET
    @PermitAll
    public Page<PayerView> search(@QueryParam("q") @Size(max = 100) String q,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                  @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        List<PayerView> found = payers.search(q).stream().map(PayerView::of).toList();
        int from = (int) Math.min((long) page * size, found.size());
        return new Page<>(found.subList(from, Math.min(from + size, found.size())), page, size, found.size());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public PayerView get(@PathParam("id") String id) {
        return Payer.<Payer>findByIdOptional(id).map(PayerView::of)
                .orElseThrow(() -> ProblemException.notFound("Payer", id));
    }
}
