package org.carenetwork.gateway.client;

import org.carenetwork.gateway.client.assessment.AssessmentsApi;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** assessment-service's typed client: its operations as its contract declares them (generated). */
@RegisterRestClient(configKey = "assessment-service")
@RegisterClientHeaders(ForwardedHeaders.class)
public interface AssessmentClient extends AssessmentsApi {
}
