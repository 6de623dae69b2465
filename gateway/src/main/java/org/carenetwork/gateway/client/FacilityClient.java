package org.carenetwork.gateway.client;

import org.carenetwork.gateway.client.facility.FacilitiesApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** facility-service's typed client: its operations as its contract declares them (generated). */
@RegisterRestClient(configKey = "facility-service")
@RegisterClientHeaders(ForwardedHeaders.class)
public interface FacilityClient extends FacilitiesApi {
}
