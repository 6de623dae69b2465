package org.carenetwork.gateway.routing;

import java.util.Set;
import org.carenetwork.gateway.client.Backend;

/**
 * One operation of a service's contract as the gateway serves it: the same method and path under
 * {@code /api/v1}, the roles its {@code x-roles} names (empty: anyone), whether it only computes
 * ({@code x-computes-only}: rate-limited as a read) and whether its body is a file
 * ({@code x-carries-file}: the larger body limit and the long timeout).
 */
public record Route(Backend backend, String method, String template, String operationId, Set<String> roles,
                    boolean computesOnly, boolean carriesFile) {

    public boolean isRead() {
        return method.equals("GET") || method.equals("HEAD") || computesOnly;
    }
}
