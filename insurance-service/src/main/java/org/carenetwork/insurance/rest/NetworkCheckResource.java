package org.carenetwork.insurance.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.carenetwork.insurance.api.NetworkCheckRequest;
import org.carenetwork.insurance.api.NetworkCheckResponse;
import org.carenetwork.insurance.service.Dates;
import org.carenetwork.insurance.service.NetworkChecks;

@Path("/network-checks")
public class NetworkCheckResource {

    @Inject
    NetworkChecks checks;

    /** One result per facility and level; a read, so 200 and nothing stored. */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public NetworkCheckResponse check(@Valid @NotNull NetworkCheckRequest request) {
        Dates.fourDigitYear("asOf", request.asOf());
        return checks.check(request);
    }
}
