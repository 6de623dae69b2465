package org.carenetwork.gateway.carematch;

import static org.carenetwork.gateway.client.PathSegments.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.gateway.carematch.CareMatchResponse.Match;
import org.carenetwork.gateway.carematch.CareMatchResponse.Network;
import org.carenetwork.gateway.client.AssessmentBackend;
import org.carenetwork.gateway.client.FacilityBackend;
import org.carenetwork.gateway.client.InsuranceBackend;
import org.carenetwork.gateway.client.Passthrough;
import org.carenetwork.vocabulary.LevelOfCare;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Composes the care match from the three services. The assessment (when given) decides the level
 * and whether detox comes first; the facility search finds sites running it; one batch network
 * check, for the found sites, gives each its status for the person's plan. Without
 * assessment-service or insurance-service the answer still comes, with what is known and the
 * missing service named in {@code degraded}; without facility-service there is nothing to match,
 * so it is a 503. The whole composition is bounded by {@code gateway.care-match.budget}.
 */
@ApplicationScoped
public class CareMatchService {

    private static final Logger LOG = Logger.getLogger(CareMatchService.class);
    static final String ASSESSMENT = "assessment-service";
    static final String INSURANCE = "insurance-service";

    @RestClient
    FacilityBackend facilities;

    @RestClient
    AssessmentBackend assessments;

    @RestClient
    InsuranceBackend insurance;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "gateway.care-match.budget", defaultValue = "2s")
    Duration budget;

    /**
     * How long the optional enrichments (the assessment, the network check) may take inside the
     * budget: a hung assessment-service or insurance-service degrades the answer instead of using
     * up the budget, so the facility search still has time and the caller still gets matches.
     */
    @ConfigProperty(name = "gateway.care-match.optional-call-timeout", defaultValue = "700ms")
    Duration optionalCallTimeout;

    @ConfigProperty(name = "gateway.care-match.max-matches", defaultValue = "20")
    int maxMatches;

    @ConfigProperty(name = "gateway.care-match.default-radius-miles", defaultValue = "50")
    double defaultRadius;

    public Uni<CareMatchResponse> match(CareMatchRequest request) {
        List<String> degraded = new CopyOnWriteArrayList<>();
        long deadline = System.nanoTime() + budget.toNanos();
        return plan(request, degraded, deadline)
                .chain(plan -> plan.crisis() ? Uni.createFrom().item(crisisAnswer(plan)) : matches(request, plan, degraded, deadline))
                .ifNoItem().after(budget).failWith(() -> new ProblemException(503, "Service unavailable",
                        "The care match could not be completed in time; try again", List.of(), Map.of("Retry-After", "2")));
    }

    /** The level to look for: from the assessment when one is named, else as given. */
    private Uni<Plan> plan(CareMatchRequest request, List<String> degraded, long deadline) {
        if (request.assessmentId() == null) {
            return Uni.createFrom().item(new Plan(request.levelOfCare(), null, false, false, null));
        }
        return assessments.get(encode(request.assessmentId()))
                .ifNoItem().after(optionalWait(deadline)).fail()
                .map(response -> readAssessment(response, request))
                .onFailure(e -> !(e instanceof ProblemException)).recoverWithItem(e -> {
                    LOG.warnf("assessment unavailable for care match: %s", e.toString());
                    degraded.add(ASSESSMENT);
                    return new Plan(request.levelOfCare(), null, false, false, null);
                });
    }

    private Plan readAssessment(Response response, CareMatchRequest request) {
        try (response) {
            int status = response.getStatus();
            if (status == 200) {
                JsonNode a = json.readTree(response.readEntity(byte[].class));
                boolean crisis = a.path("crisis").asBoolean(false);
                JsonNode rec = a.path("recommendation");
                LevelOfCare level = request.levelOfCare() != null ? request.levelOfCare()
                        : rec.hasNonNull("levelOfCare") ? LevelOfCare.valueOf(rec.get("levelOfCare").asText()) : null;
                LevelOfCare next = request.levelOfCare() == null && rec.hasNonNull("nextLevelOfCare")
                        ? LevelOfCare.valueOf(rec.get("nextLevelOfCare").asText()) : null;
                return new Plan(level, next, rec.path("withdrawalManagement").asBoolean(false), crisis,
                        a.get("crisisResources"));
            }
            if (status == 404) {
                throw ProblemException.badField("assessmentId", "no assessment with this id");
            }
            if (status == 401 || status == 403) {
                throw new ProblemException(status, status == 401 ? "Unauthorized" : "Forbidden",
                        "Reading this assessment needs its access token (X-Assessment-Token) or a CALL_CENTER or ADMISSIONS role");
            }
            throw new IllegalStateException("assessment-service answered " + status);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable assessment", e);
        }
    }

    private CareMatchResponse crisisAnswer(Plan plan) {
        return new CareMatchResponse(true, plan.crisisResources(),
                "Call or text 988 (Suicide & Crisis Lifeline) now, or call 911 if there is immediate danger. "
                        + "Treatment options can be found after the person is safe.",
                null, null, List.of(), List.of());
    }

    private Uni<CareMatchResponse> matches(CareMatchRequest request, Plan plan, List<String> degraded, long deadline) {
        List<LevelOfCare> levels = new ArrayList<>();
        if (plan.withdrawalManagement()) {
            levels.add(LevelOfCare.DETOX);
        }
        if (plan.level() != null && !levels.contains(plan.level())) {
            levels.add(plan.level());
        }
        // After detox comes the level the person steps down to: sites running it are options too.
        if (plan.nextLevel() != null && !levels.contains(plan.nextLevel())) {
            levels.add(plan.nextLevel());
        }
        return searchFacilities(request, levels)
                .chain(found -> networkStatus(request, found, degraded, deadline)
                        .map(network -> rank(found, network, levels, plan, request, degraded)));
    }

    private Uni<List<JsonNode>> searchFacilities(CareMatchRequest request, List<LevelOfCare> levels) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        levels.forEach(l -> query.add("levelOfCare", l.name()));
        if (request.lat() != null) {
            query.add("lat", request.lat().toString());
            query.add("lon", request.lon().toString());
        } else {
            query.add("zip", request.zip());
        }
        query.add("radiusMiles", String.valueOf(request.radiusMiles() != null ? request.radiusMiles() : defaultRadius));
        if (request.schedule() != null) {
            request.schedule().forEach(s -> query.add("schedule", s.name()));
        }
        if (Boolean.TRUE.equals(request.acceptingNow())) {
            query.add("acceptingNow", "true");
        }
        query.add("size", "100");
        return facilities.search(query)
                .onFailure(Passthrough::isUnavailability).transform(e -> Passthrough.unavailable("facility service"))
                .map(response -> {
                    try (response) {
                        byte[] body = response.readEntity(byte[].class);
                        if (response.getStatus() >= 500) {
                            throw Passthrough.unavailable("facility service");
                        }
                        if (response.getStatus() >= 400) {
                            throw relayedProblem(response.getStatus(), body);
                        }
                        List<JsonNode> items = new ArrayList<>();
                        json.readTree(body).path("items").forEach(items::add);
                        return items;
                    } catch (IOException e) {
                        throw new IllegalStateException("unreadable facility search", e);
                    }
                });
    }

    /** facility id → level → network result; null when insurance-service could not answer. */
    private Uni<Map<String, Map<String, Network>>> networkStatus(CareMatchRequest request, List<JsonNode> found,
                                                                 List<String> degraded, long deadline) {
        if (request.payer() == null || found.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        ObjectNode check = json.createObjectNode();
        check.put("payer", request.payer());
        if (request.planType() != null) {
            check.put("planType", request.planType().name());
        }
        check.put("asOf", LocalDate.now().toString());
        var ids = check.putArray("facilityIds");
        found.forEach(f -> ids.add(f.path("id").asText()));
        byte[] body;
        try {
            body = json.writeValueAsBytes(check);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return insurance.networkChecks(body).ifNoItem().after(optionalWait(deadline)).fail().map(response -> {
            try (response) {
                if (response.getStatus() != 200) {
                    throw new IllegalStateException("insurance-service answered " + response.getStatus());
                }
                JsonNode root = json.readTree(response.readEntity(byte[].class));
                JsonNode results = root.isArray() ? root : root.path("results");
                Map<String, Map<String, Network>> byFacility = new HashMap<>();
                for (JsonNode r : results) {
                    byFacility.computeIfAbsent(r.path("facilityId").asText(), k -> new HashMap<>())
                            .put(r.path("levelOfCare").asText(), new Network(r.path("status").asText("UNKNOWN"),
                                    text(r, "reason"), text(r, "levelOfCare"), text(r, "effectiveFrom"), text(r, "effectiveTo")));
                }
                return byFacility;
            } catch (IOException e) {
                throw new IllegalStateException("unreadable network check", e);
            }
        }).onFailure().recoverWithItem(e -> {
            LOG.warnf("network status unavailable for care match: %s", e.toString());
            degraded.add(INSURANCE);
            return null;
        });
    }

    private CareMatchResponse rank(List<JsonNode> found, Map<String, Map<String, Network>> network,
                                   List<LevelOfCare> levels, Plan plan, CareMatchRequest request, List<String> degraded) {
        Set<String> wanted = new LinkedHashSet<>();
        levels.forEach(l -> wanted.add(l.name()));
        List<Match> matches = new ArrayList<>();
        for (JsonNode facility : found) {
            Set<String> runs = new LinkedHashSet<>();
            int openings = 0;
            for (JsonNode program : facility.path("programs")) {
                String level = program.path("levelOfCare").asText();
                if (wanted.isEmpty() || wanted.contains(level)) {
                    runs.add(level);
                    openings += Math.max(0, program.path("openings").asInt(0));
                }
            }
            // The level whose network status counts: the first wanted level the site runs (detox
            // before the level after it), or for a search without a level, the site's first.
            String decisive = wanted.stream().filter(runs::contains).findFirst()
                    .orElse(runs.stream().findFirst().orElse(null));
            Double distance = facility.hasNonNull("distanceMiles") ? facility.get("distanceMiles").asDouble() : null;
            matches.add(new Match(facility, distance, networkFor(facility, decisive, network, request), openings));
        }
        Comparator<Match> order = Comparator
                .comparingInt((Match m) -> plan.withdrawalManagement() && runsDetox(m) ? 0 : 1)
                .thenComparingInt(m -> networkRank(m.network().status()))
                .thenComparing(Comparator.comparingInt(Match::openings).reversed())
                .thenComparing(m -> m.distanceMiles() == null ? Double.MAX_VALUE : m.distanceMiles());
        matches.sort(order);
        List<String> missing = degraded.stream().distinct().sorted().toList();
        return new CareMatchResponse(false, null, null, plan.level(), plan.withdrawalManagement(),
                matches.subList(0, Math.min(maxMatches, matches.size())), missing);
    }

    private static Network networkFor(JsonNode facility, String level, Map<String, Map<String, Network>> network,
                                      CareMatchRequest request) {
        if (request.payer() == null) {
            return new Network("UNKNOWN", "No insurance was given", level, null, null);
        }
        if (network == null) {
            return new Network("UNKNOWN", "Network status could not be checked just now", level, null, null);
        }
        Map<String, Network> forFacility = network.getOrDefault(facility.path("id").asText(), Map.of());
        Network result = level == null ? null : forFacility.get(level);
        return result != null ? result : new Network("UNKNOWN", "No network answer for this level of care", level, null, null);
    }

    private static boolean runsDetox(Match m) {
        for (JsonNode p : m.facility().path("programs")) {
            if ("DETOX".equals(p.path("levelOfCare").asText())) {
                return true;
            }
        }
        return false;
    }

    private static int networkRank(String status) {
        return switch (status) {
            case "IN_NETWORK" -> 0;
            case "UNKNOWN" -> 1;
            default -> 2;
        };
    }

    private ProblemException relayedProblem(int status, byte[] body) {
        try {
            JsonNode p = json.readTree(body);
            List<Problem.FieldError> errors = new ArrayList<>();
            p.path("errors").forEach(e -> errors.add(new Problem.FieldError(e.path("field").asText(), e.path("message").asText())));
            return new ProblemException(status, p.path("title").asText("Invalid request"), p.path("detail").asText(""),
                    errors, Map.of());
        } catch (IOException e) {
            return new ProblemException(status, "Invalid request", "The facility search refused the request");
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** The optional call's wait: its own limit, or what is left of the budget less a margin to answer in. */
    private Duration optionalWait(long deadline) {
        long left = deadline - System.nanoTime() - Duration.ofMillis(100).toNanos();
        return Duration.ofNanos(Math.max(1, Math.min(optionalCallTimeout.toNanos(), left)));
    }

    record Plan(LevelOfCare level, LevelOfCare nextLevel, boolean withdrawalManagement, boolean crisis,
                JsonNode crisisResources) {
    }
}
