package org.carenetwork.gateway.client;

import org.carenetwork.gateway.client.insurance.InsuranceApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** insurance-service's typed client: its operations as its contract declares them (generated). */
@RegisterRestClient(configKey = "insurance-service")
@RegisterClientHeaders(ForwardedHeaders.class)
public interface InsuranceClient extends InsuranceApi {
}
