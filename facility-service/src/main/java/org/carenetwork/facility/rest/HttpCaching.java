package org.carenetwork.facility.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import org.carenetwork.common.web.Etags;
import org.carenetwork.facility.config.FacilityConfig;

/**
 * HTTP caching of the anonymous reads: the body is serialised here once, tagged with its hash,
 * and sent with a short public max-age (openings change during the day). A caller that sends the
 * tag back in {@code If-None-Match} gets 304 and no body.
 */
@Provider
@HttpCached
public class HttpCaching implements ContainerResponseFilter {

    @Inject
    ObjectMapper json;

    /** Looked up per response: filters are built before runtime configuration exists. */
    @Inject
    Instance<FacilityConfig> config;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        byte[] body = json.writeValueAsBytes(response.getEntity());
        String etag = Etags.of(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.get().cacheMaxAge().toSeconds());
        if (Etags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
