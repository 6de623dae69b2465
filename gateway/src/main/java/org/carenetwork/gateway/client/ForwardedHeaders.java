package org.carenetwork.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * What travels from the caller to a service: identity (the caller's bearer token, or the internal
 * token an API key was exchanged for), the request id, and the headers that make writes safe to
 * retry and reads cacheable, and the public prefix the service is served under ({@code X-Forwarded-Prefix:
 * /api/v1}, so a problem's {@code instance} is the public path). Nothing else: a caller cannot smuggle
 * headers to the services. The relay and the typed clients forward the same list.
 */
@ApplicationScoped
public class ForwardedHeaders implements ClientHeadersFactory {

    public static final List<String> FORWARDED = List.of("Authorization", "X-Request-Id", "Idempotency-Key", "If-Match",
            "If-None-Match", "Accept", "Accept-Language", "X-Assessment-Token");
    public static final String PREFIX_HEADER = "X-Forwarded-Prefix";

    /** The forwarded headers of a caller's request (first value of each). */
    public static Map<String, String> of(HttpHeaders caller) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : FORWARDED) {
            String value = caller.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        headers.put(PREFIX_HEADER, BackendRelay.PUBLIC_ROOT);
        return headers;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        for (String name : FORWARDED) {
            List<String> values = incoming.get(name);
            if (values != null && !values.isEmpty() && !outgoing.containsKey(name)) {
                headers.put(name, values);
            }
        }
        headers.putSingle(PREFIX_HEADER, BackendRelay.PUBLIC_ROOT);
        return headers;
    }
}
