package org.carenetwork.gateway.routing;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.carenetwork.common.openapi.ContractExtensions;
import org.carenetwork.gateway.client.Backend;
import org.carenetwork.gateway.contract.ServiceContracts;

/**
 * Every pass-through route, read from the services' contracts at start: a service's operation is
 * declared once, in the service, and served here under the same path. A path is matched segment
 * by segment; a literal segment beats a parameter ({@code /assessments/questions} before
 * {@code /assessments/{id}}).
 */
@ApplicationScoped
public class RouteTable {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final List<Route> routes;
    private final List<Compiled> compiled;

    /** A route with its template's segments: a literal, or null for a {parameter}. */
    private record Compiled(Route route, String[] literals) {
        static Compiled of(Route route) {
            return new Compiled(route, segments(route.template()).stream().map(s -> s.startsWith("{") ? null : s)
                    .toArray(String[]::new));
        }

        long literalCount() {
            return Arrays.stream(literals).filter(Objects::nonNull).count();
        }
    }

    public RouteTable() {
        this(ServiceContracts.all());
    }

    RouteTable(Map<Backend, JsonNode> contracts) {
        List<Route> all = new ArrayList<>();
        contracts.forEach((backend, document) -> all.addAll(routesOf(backend, document)));
        this.routes = List.copyOf(all);
        // Most literal segments first, so a fixed path wins over a parameter in the same place.
        this.compiled = all.stream().map(Compiled::of)
                .sorted(Comparator.comparingLong((Compiled c) -> -c.literalCount())).toList();
    }

    public List<Route> all() {
        return routes;
    }

    /** What a request is for: its route, or why it has none. */
    public sealed interface Match permits Found, NoSuchPath, MethodNotAllowed {
    }

    public record Found(Route route) implements Match {
    }

    public record NoSuchPath() implements Match {
    }

    public record MethodNotAllowed(Set<String> allowed) implements Match {
    }

    /** @param segments the request's path below {@code /api/v1}, decoded, one element per segment */
    public Match match(String method, List<String> segments) {
        Set<String> allowed = new TreeSet<>();
        for (Compiled c : compiled) {
            Route route = c.route();
            if (matches(c.literals(), segments)) {
                if (route.method().equals(method) || (method.equals("HEAD") && route.method().equals("GET"))) {
                    return new Found(route);
                }
                allowed.add(route.method());
            }
        }
        return allowed.isEmpty() ? new NoSuchPath() : new MethodNotAllowed(allowed);
    }

    private static boolean matches(String[] template, List<String> segments) {
        if (template.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            String segment = segments.get(i);
            // A parameter is never empty, nor a dot-segment the service's server would resolve away
            // (GET /payers/. reached the payer list).
            if (template[i] == null ? segment.isEmpty() || segment.equals(".") || segment.equals("..")
                    : !template[i].equals(segment)) {
                return false;
            }
        }
        return true;
    }

    /** "/a/b/" → [a, b, ""]: a trailing slash is a segment, so it matches no route. */
    public static List<String> segments(String path) {
        List<String> segments = new ArrayList<>(List.of(path.split("/", -1)));
        if (!segments.isEmpty() && segments.get(0).isEmpty()) {
            segments.remove(0);
        }
        return segments;
    }

    private static List<Route> routesOf(Backend backend, JsonNode document) {
        List<Route> routes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode operation = op.getValue();
                Set<String> roles = new LinkedHashSet<>();
                operation.path(ContractExtensions.ROLES).forEach(r -> roles.add(r.asText()));
                routes.add(new Route(backend, op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        operation.path("operationId").asText(op.getKey() + " " + path.getKey()), Set.copyOf(roles),
                        operation.path(ContractExtensions.COMPUTES_ONLY).asBoolean(false),
                        operation.path(ContractExtensions.CARRIES_FILE).asBoolean(false)));
            }
        }
        return routes;
    }

    /** The route of an operation of a service's contract, by its id (for the gateway's own typed calls). */
    public Optional<Route> byOperationId(String operationId) {
        return routes.stream().filter(r -> r.operationId().equals(operationId)).findFirst();
    }
}
