package org.carenetwork.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.carenetwork.gateway.client.Backend;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway is ready when the backends it cannot answer without (gateway.readiness.required,
 * default facility-service) are ready. The others are reported but only degrade answers: a care
 * match without insurance-service still answers, with network status UNKNOWN.
 */
@Readiness
@ApplicationScoped
public class BackendsReadiness implements HealthCheck {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @ConfigProperty(name = "gateway.readiness.required", defaultValue = "facility-service")
    List<String> required;

    /** Each backend's address, as its typed client and its routes use it: {@code quarkus.rest-client.<key>.url}. */
    private static Optional<String> url(Backend backend) {
        return ConfigProvider.getConfig().getOptionalValue("quarkus.rest-client." + backend.key() + ".url", String.class);
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<Boolean>> probes = new LinkedHashMap<>();
        for (Backend backend : Backend.values()) {
            probes.put(backend.key(), url(backend).map(this::probe).orElse(CompletableFuture.completedFuture(false)));
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named("backends").up();
        for (var probe : probes.entrySet()) {
            boolean up = probe.getValue().join();
            response.withData(probe.getKey(), up ? "UP" : "DOWN");
            if (!up && required.contains(probe.getKey())) {
                response.down();
            }
        }
        return response.build();
    }

    private CompletableFuture<Boolean> probe(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                .timeout(Duration.ofSeconds(1)).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> r.statusCode() == 200)
                .exceptionally(e -> false);
    }
}
