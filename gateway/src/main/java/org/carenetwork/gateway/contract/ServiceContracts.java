package org.carenetwork.gateway.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.carenetwork.gateway.client.Backend;

/**
 * The services' contracts as the gateway was built with them: each service's build writes the
 * OpenAPI document its code declares, and the gateway's build copies it to
 * {@code META-INF/contracts/<service>/openapi.json}. The served document merges them
 * ({@code quarkus.smallrye-openapi.additional-docs-directory}), the routes are read from them, and
 * the typed clients are generated from them: one source, three uses.
 */
public final class ServiceContracts {

    public static final String DIRECTORY = "META-INF/contracts";

    private ServiceContracts() {
    }

    public static String location(Backend backend) {
        return DIRECTORY + "/" + backend.key() + "/openapi.json";
    }

    /** Every backend's document. */
    public static Map<Backend, JsonNode> all() {
        Map<Backend, JsonNode> documents = new EnumMap<>(Backend.class);
        for (Backend backend : Backend.values()) {
            documents.put(backend, read(backend));
        }
        return documents;
    }

    public static JsonNode read(Backend backend) {
        String location = location(backend);
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException(location + " is not on the class path: the gateway is built after the "
                        + "services, which attach their contracts (./mvnw verify from the root builds them in order)");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        }
    }
}
