package org.carenetwork.referral.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * insurance-service's network check (anonymous {@code POST /network-checks}). Bounded by a
 * fault-tolerance timeout on top of the client's own: a referral waits at most 2 s for it.
 */
@RegisterRestClient(configKey = "insurance-service")
@Path("/network-checks")
public interface InsuranceService {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(2000)
    NetworkCheck.Answer check(NetworkCheck.Question question);
}
