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

    private static final List<String> BACKENDS = List.of("facility-service", "assessment-service", "insurance-service");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @ConfigProperty(name = "gateway.readiness.required", defaultValue = "facility-service")
    List<String> required;

    @ConfigProperty(name = "quarkus.rest-client.facility-service.url")
    Optional<String> facilityUrl;

    @ConfigProperty(name = "quarkus.rest-client.assessment-service.url")
    Optional<String> assessmentUrl;

    @ConfigProperty(name = "quarkus.rest-client.insurance-service.url")
    Optional<String> insuranceUrl;

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<Boolean>> probes = new LinkedHashMap<>();
        Map<String, Optional<String>> urls = Map.of("facility-service", facilityUrl,
                "assessment-service", assessmentUrl, "insurance-service", insuranceUrl);
        for (String backend : BACKENDS) {
            probes.put(backend, urls.get(backend).map(this::probe).orElse(CompletableFuture.completedFuture(false)));
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
