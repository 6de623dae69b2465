package org.carenetwork.gateway.carematch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.gateway.carematch.CareMatchResponse.Degraded;
import org.carenetwork.gateway.carematch.CareMatchResponse.LevelFrom;
import org.carenetwork.gateway.carematch.CareMatchResponse.Match;
import org.carenetwork.gateway.carematch.CareMatchResponse.Network;
import org.carenetwork.gateway.client.AssessmentClient;
import org.carenetwork.gateway.client.Backend;
import org.carenetwork.gateway.client.BackendUnavailable;
import org.carenetwork.gateway.client.ContractViolations;
import org.carenetwork.gateway.client.FacilityClient;
import org.carenetwork.gateway.client.InsuranceClient;
import org.carenetwork.gateway.client.TypedCalls;
import org.carenetwork.gateway.client.TypedCalls.Refused;
import org.carenetwork.gateway.client.assessment.model.Assessment;
import org.carenetwork.gateway.client.facility.model.Facility;
import org.carenetwork.gateway.client.facility.model.FacilityPage;
import org.carenetwork.gateway.client.facility.model.Program;
import org.carenetwork.gateway.client.insurance.model.NetworkCheckInput;
import org.carenetwork.gateway.client.insurance.model.NetworkCheckResult;
import org.carenetwork.gateway.client.insurance.model.NetworkResult;
import org.carenetwork.vocabulary.AgeGroup;
import org.carenetwork.vocabulary.Crisis;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.NetworkStatus;
import org.carenetwork.vocabulary.Population;
import org.carenetwork.vocabulary.Schedule;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Composes the care match from the three services, through their typed clients (generated from
 * their contracts). The assessment (when given) decides the level and whether detox comes first;
 * the facility search finds sites running it for this person (their age group, from the assessment
 * or as given, and the search's own filters), the nearest first; side by side with it, a network
 * check of every contracted facility for the wanted levels, so the sites in network within the
 * radius are options however far down the nearest they are (found by id in a second round, beside
 * the check of the nearest sites that have no contract on file). Without assessment-service or insurance-service the
 * answer still comes, with what is known and the missing service named in {@code degraded};
 * without facility-service there is nothing to match, so it is a 503. A service that answers
 * outside its contract is a 502 (never "degraded": a broken contract is not an outage). The
 * whole composition is bounded by {@code gateway.care-match.budget}.
 */
@ApplicationScoped
public class CareMatchService {

    private static final Logger LOG = Logger.getLogger(CareMatchService.class);
    /**
     * How many of the nearest sites are ranked (twice the matches answered): beyond them a directory
     * listing (no contract data, no openings) would only rank below nearer ones. The contracted sites
     * in network within the radius are ranked whatever their distance ({@link #contracted}), and with
     * detox first, the nearest detox sites too.
     */
    static final int CONSIDERED = 40;
    /**
     * The most sites in network searched by id in one care match: their ids travel in the search's
     * query, which the HTTP layer bounds (4 KiB request line); a network with more contracted sites
     * in network than this would need a search by contract on facility-service's side.
     */
    static final int MAX_BY_ID = 80;

    @RestClient
    FacilityClient facilities;

    @RestClient
    AssessmentClient assessments;

    @RestClient
    InsuranceClient insurance;

    @Inject
    TypedCalls calls;

    @Inject
    ContractViolations violations;

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
        List<Degraded> degraded = new CopyOnWriteArrayList<>();
        long deadline = System.nanoTime() + budget.toNanos();
        return plan(request, degraded, deadline)
                .chain(plan -> plan.crisis() ? Uni.createFrom().item(crisisAnswer(plan)) : matches(request, plan, degraded, deadline))
                .ifNoItem().after(budget).failWith(BackendUnavailable::outOfTime);
    }

    /** The level to look for: from the assessment when one is named, else as given. */
    private Uni<Plan> plan(CareMatchRequest request, List<Degraded> degraded, long deadline) {
        if (request.assessmentId() == null) {
            return Uni.createFrom().item(new Plan(request.levelOfCare(), null, false, false, null, ageGroupOf(request),
                    LevelFrom.REQUEST));
        }
        UUID id = assessmentId(request.assessmentId());
        return calls.call(Backend.ASSESSMENT, "getAssessment", () -> assessments.getAssessment(id, null))
                .ifNoItem().after(optionalWait(deadline)).fail()
                .map(assessment -> plan(assessment, request))
                .onFailure(Refused.class).transform(e -> refusedAssessment((Refused) e))
                .onFailure(CareMatchService::isOutage)
                .recoverWithItem(e -> {
                    LOG.warnf("assessment unavailable for care match: %s", e.toString());
                    degraded.add(Degraded.ASSESSMENT);
                    return new Plan(request.levelOfCare(), null, false, false, null, ageGroupOf(request), LevelFrom.REQUEST);
                });
    }

    private Plan plan(Assessment assessment, CareMatchRequest request) {
        boolean crisis = Boolean.TRUE.equals(assessment.getCrisis());
        var recommendation = assessment.getRecommendation();
        LevelOfCare given = request.levelOfCare();
        if (!crisis && recommendation == null && given == null) {
            // A screen without the level-of-care questions: it says nothing about the level.
            throw ProblemException.unprocessable("levelOfCare", "is needed: the assessment named is a screen only, "
                    + "with no level-of-care recommendation");
        }
        AgeGroup ageGroup = assessment.getAgeGroup() != null ? assessment.getAgeGroup() : AgeGroup.ADULT;
        if (request.ageGroup() != null && request.ageGroup() != ageGroup) {
            throw ProblemException.badField("ageGroup", "is " + request.ageGroup() + " but the assessment named is for "
                    + ageGroup + "; leave ageGroup out when naming an assessment");
        }
        LevelOfCare level = given != null ? given : recommendation == null ? null : recommendation.getLevelOfCare();
        LevelOfCare next = given == null && recommendation != null ? recommendation.getNextLevelOfCare() : null;
        boolean detoxFirst = recommendation != null && Boolean.TRUE.equals(recommendation.getWithdrawalManagement());
        return new Plan(level, next, detoxFirst, crisis, assessment.getCrisisResources(), ageGroup,
                given != null ? LevelFrom.REQUEST : LevelFrom.ASSESSMENT);
    }

    private static AgeGroup ageGroupOf(CareMatchRequest request) {
        return request.ageGroup() != null ? request.ageGroup() : AgeGroup.ADULT;
    }

    /**
     * Whether a program is for this person: an adolescent needs a program for adolescents; an adult
     * any program but one for adolescents only; and with populations asked for, one of them.
     */
    static boolean fits(Program program, AgeGroup ageGroup, List<Population> asked) {
        List<Population> serves = program.getPopulations() == null ? List.of() : program.getPopulations();
        boolean age = ageGroup == AgeGroup.ADOLESCENT
                ? serves.contains(Population.ADOLESCENTS)
                : !(serves.size() == 1 && serves.contains(Population.ADOLESCENTS));
        return age && (asked == null || asked.isEmpty() || serves.stream().anyMatch(asked::contains));
    }

    private ProblemException refusedAssessment(Refused refused) {
        return switch (refused.status()) {
            case 400 -> refused.body().contains("X-Assessment-Token")
                    ? ProblemException.badField("X-Assessment-Token", "is not an assessment access token")
                    : ProblemException.badField("assessmentId", "no assessment with this id");
            case 404 -> ProblemException.badField("assessmentId", "no assessment with this id");
            case 401, 403 -> new ProblemException(refused.status(), refused.status() == 401 ? "Unauthorized" : "Forbidden",
                    "Reading this assessment needs its access token (X-Assessment-Token), or a CALL_CENTER or ADMISSIONS "
                            + "role when the person consented to sharing it");
            default -> violations.of(Backend.ASSESSMENT, "getAssessment", "answered " + refused.status());
        };
    }

    private static UUID assessmentId(String raw) {
        try {
            if (raw.length() == 36) {
                return UUID.fromString(raw);
            }
        } catch (IllegalArgumentException e) {
            // the 400 below
        }
        throw ProblemException.badField("assessmentId", "no assessment with this id");
    }

    private CareMatchResponse crisisAnswer(Plan plan) {
        return new CareMatchResponse(true, Crisis.MESSAGE,
                plan.crisisResources() == null || plan.crisisResources().isEmpty() ? Crisis.RESOURCES : plan.crisisResources(),
                null, null, null, null, List.of(), List.of());
    }

    private Uni<CareMatchResponse> matches(CareMatchRequest request, Plan plan, List<Degraded> degraded, long deadline) {
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
        Uni<List<Facility>> nearest = searchFacilities(request, levels, plan.ageGroup(), null);
        if (plan.withdrawalManagement() && levels.size() > 1) {
            // Detox sites rank first: the nearest of them are options even past the nearest sites of the other levels.
            Uni<List<Facility>> detox = searchFacilities(request, List.of(LevelOfCare.DETOX), plan.ageGroup(), null);
            nearest = Uni.combine().all().unis(nearest, detox).with((a, b) -> union(a, b));
        }
        return Uni.combine().all().unis(nearest, contracted(request, levels, degraded, deadline)).asTuple()
                .chain(t -> withNetwork(request, plan, levels, t.getItem1(), t.getItem2(), degraded, deadline));
    }

    /**
     * The network's answer for every contracted facility (a network check naming none), so that a
     * site in network within the radius is an option however many directory sites are nearer.
     * {@link Known#NONE} without a payer, null when insurance-service could not answer, and
     * {@link Known#PARTIAL} when more facilities have contracts than one check answers for (then
     * only the nearest sites are checked, as before).
     */
    private Uni<Known> contracted(CareMatchRequest request, List<LevelOfCare> levels, List<Degraded> degraded, long deadline) {
        if (request.payer() == null) {
            return Uni.createFrom().item(Known.NONE);
        }
        return orDegraded(checks(request, null, levels)
                .map(results -> new Known(byFacility(results), true))
                .onFailure(e -> e instanceof Refused r && r.status() == 422).recoverWithItem(Known.PARTIAL), degraded, deadline);
    }

    /** What the network says of the contracted facilities; {@code complete}: of every one of them. */
    record Known(Map<UUID, Map<LevelOfCare, NetworkResult>> results, boolean complete) {
        static final Known NONE = new Known(Map.of(), true);
        static final Known PARTIAL = new Known(Map.of(), false);
    }

    /**
     * The nearest sites, with the contracted sites in network for a wanted level that are within the
     * search but not among the nearest added (found by id), each with its network answer: the
     * contracted ones from {@code known}, the others (directory listings, mostly) checked by id.
     */
    private Uni<CareMatchResponse> withNetwork(CareMatchRequest request, Plan plan, List<LevelOfCare> levels,
                                               List<Facility> nearest, Known known, List<Degraded> degraded, long deadline) {
        if (known == null || request.payer() == null) {
            return Uni.createFrom().item(rank(nearest, known == null ? null : Map.of(), levels, plan, request, degraded));
        }
        if (!known.complete()) {
            List<UUID> ids = nearest.stream().map(Facility::getId).toList();
            return networkStatus(request, ids, levels, degraded, deadline)
                    .map(network -> rank(nearest, network, levels, plan, request, degraded));
        }
        Set<UUID> listed = new HashSet<>(nearest.stream().map(Facility::getId).toList());
        List<UUID> inNetwork = known.results().entrySet().stream()
                .filter(e -> !listed.contains(e.getKey()))
                .filter(e -> e.getValue().entrySet().stream().anyMatch(r -> (levels.isEmpty() || levels.contains(r.getKey()))
                        && r.getValue().getStatus() == NetworkStatus.IN_NETWORK))
                .map(Map.Entry::getKey).sorted().limit(MAX_BY_ID).toList();
        List<UUID> unchecked = listed.stream().filter(id -> !known.results().containsKey(id)).toList();
        Uni<List<Facility>> more = inNetwork.isEmpty() ? Uni.createFrom().item(List.of())
                : searchFacilities(request, levels, plan.ageGroup(), inNetwork);
        Uni<Map<UUID, Map<LevelOfCare, NetworkResult>>> others = unchecked.isEmpty() ? Uni.createFrom().item(Map.of())
                : networkStatus(request, unchecked, levels, degraded, deadline);
        return Uni.combine().all().unis(more, others).asTuple().map(t -> {
            Map<UUID, Map<LevelOfCare, NetworkResult>> network = new HashMap<>(known.results());
            if (t.getItem2() != null) {
                network.putAll(t.getItem2());
            }
            return rank(union(nearest, t.getItem1()), network, levels, plan, request, degraded);
        });
    }

    /** Both lists' sites, each once, in their order (the first list first). */
    private static List<Facility> union(List<Facility> a, List<Facility> b) {
        if (b.isEmpty()) {
            return a;
        }
        Map<UUID, Facility> byId = new LinkedHashMap<>();
        a.forEach(f -> byId.put(f.getId(), f));
        b.forEach(f -> byId.putIfAbsent(f.getId(), f));
        return new ArrayList<>(byId.values());
    }

    /** The sites running a wanted level for this person, nearest first; {@code ids}: only these. */
    private Uni<List<Facility>> searchFacilities(CareMatchRequest request, List<LevelOfCare> levels, AgeGroup ageGroup,
                                                 List<UUID> ids) {
        boolean point = request.lat() != null;
        double radius = request.radiusMiles() != null ? request.radiusMiles() : defaultRadius;
        // An adolescent's search asks the catalog for programs for adolescents (unless the caller
        // names the populations); the program-level check (fits) then holds for every match.
        List<Population> populations = !empty(request.population()) ? request.population()
                : ageGroup == AgeGroup.ADOLESCENT ? List.of(Population.ADOLESCENTS) : null;
        return calls.call(Backend.FACILITY, "searchFacilities", () -> facilities.searchFacilities(
                        Boolean.TRUE.equals(request.acceptingNow()), null, orNull(request.condition()), null, ids,
                        orNull(request.language()), point ? request.lat() : null, levels.isEmpty() ? null : levels,
                        point ? request.lon() : null, orNull(request.medication()), 0, orNull(request.paymentType()),
                        populations, null, radius,
                        orNull(request.schedule()), CONSIDERED, null, point ? null : request.zip5(), null))
                .onFailure(Refused.class).transform(e -> refusedSearch((Refused) e))
                .map(page -> readPage(page));
    }

    private static boolean empty(List<?> values) {
        return values == null || values.isEmpty();
    }

    private static <T> List<T> orNull(List<T> values) {
        return empty(values) ? null : values;
    }

    private List<Facility> readPage(FacilityPage page) {
        if (page == null || page.getItems() == null) {
            throw violations.of(Backend.FACILITY, "searchFacilities", "a page without items");
        }
        for (Facility f : page.getItems()) {
            if (f.getId() == null || f.getPrograms() == null) {
                throw violations.of(Backend.FACILITY, "searchFacilities", "a facility without id or programs");
            }
        }
        return page.getItems();
    }

    /** The caller's own mistakes (a ZIP code the catalog cannot place) come back as the service said them. */
    private ProblemException refusedSearch(Refused refused) {
        if (refused.status() == 400) {
            try {
                JsonNode p = json.readTree(refused.body());
                List<Problem.FieldError> errors = new ArrayList<>();
                p.path("errors").forEach(e -> errors.add(new Problem.FieldError(e.path("field").asText(), e.path("message").asText())));
                return new ProblemException(400, p.path("title").asText("Invalid request"), p.path("detail").asText(""),
                        errors, Map.of());
            } catch (IOException e) {
                return violations.of(Backend.FACILITY, "searchFacilities", "a 400 without a problem body");
            }
        }
        if (refused.status() >= 500) {
            return new ProblemException(502, "Bad gateway", "The facility service failed to answer; try again");
        }
        return violations.of(Backend.FACILITY, "searchFacilities", "answered " + refused.status());
    }

    /**
     * facility id → level → network result for these sites; null when insurance-service could not
     * answer. Only the levels the match ranks by are asked for, one check per level, side by side: a
     * check of every level answers seven results per site, of which the ranking reads one. A search
     * without a level needs the site's first level, so asks all.
     */
    private Uni<Map<UUID, Map<LevelOfCare, NetworkResult>>> networkStatus(CareMatchRequest request, List<UUID> ids,
                                                                        List<LevelOfCare> levels, List<Degraded> degraded,
                                                                        long deadline) {
        return orDegraded(checks(request, ids, levels).map(this::byFacility), degraded, deadline);
    }

    /**
     * A network answer within the optional calls' wait, or null with insurance-service named in
     * {@code degraded} when it could not answer; a refusal is the caller's mistake or a contract
     * violation, never "degraded".
     */
    private <T> Uni<T> orDegraded(Uni<T> answer, List<Degraded> degraded, long deadline) {
        return answer
                .ifNoItem().after(optionalWait(deadline)).fail()
                .onFailure(Refused.class).transform(e -> refusedCheck((Refused) e))
                .onFailure(CareMatchService::isOutage)
                .recoverWithItem(e -> {
                    LOG.warnf("network status unavailable for care match: %s", e.toString());
                    degraded.add(Degraded.INSURANCE);
                    return null;
                });
    }

    /** One network check per wanted level, side by side ({@code ids} null: every contracted facility). */
    private Uni<List<NetworkCheckResult>> checks(CareMatchRequest request, List<UUID> ids, List<LevelOfCare> levels) {
        List<LevelOfCare> asked = levels.isEmpty() ? Collections.singletonList(null) : levels;
        List<Uni<NetworkCheckResult>> checks = asked.stream().map(level -> {
            NetworkCheckInput check = new NetworkCheckInput().payer(request.payer()).planType(request.planType())
                    .facilityIds(ids).levelOfCare(level);
            return calls.call(Backend.INSURANCE, "checkNetwork", () -> insurance.checkNetwork(check));
        }).toList();
        return checks.size() == 1 ? checks.get(0).map(List::of) : Uni.join().all(checks).andFailFast();
    }

    private Map<UUID, Map<LevelOfCare, NetworkResult>> byFacility(List<NetworkCheckResult> responses) {
        Map<UUID, Map<LevelOfCare, NetworkResult>> byFacility = new HashMap<>();
        for (NetworkCheckResult response : responses) {
            if (response == null || response.getResults() == null) {
                throw violations.of(Backend.INSURANCE, "checkNetwork", "an answer without results");
            }
            for (NetworkResult r : response.getResults()) {
                if (r.getFacilityId() == null || r.getLevelOfCare() == null || r.getStatus() == null) {
                    throw violations.of(Backend.INSURANCE, "checkNetwork", "a result without facility, level or status");
                }
                byFacility.computeIfAbsent(r.getFacilityId(), k -> new EnumMap<>(LevelOfCare.class)).put(r.getLevelOfCare(), r);
            }
        }
        return byFacility;
    }

    private ProblemException refusedCheck(Refused refused) {
        if (refused.status() == 400) {
            return ProblemException.badField("payer", "was refused by the network check: " + refusedDetail(refused));
        }
        return violations.of(Backend.INSURANCE, "checkNetwork", "answered " + refused.status());
    }

    private String refusedDetail(Refused refused) {
        try {
            return json.readTree(refused.body()).path("detail").asText("invalid");
        } catch (IOException e) {
            return "invalid";
        }
    }

    private CareMatchResponse rank(List<Facility> found, Map<UUID, Map<LevelOfCare, NetworkResult>> network,
                                   List<LevelOfCare> levels, Plan plan, CareMatchRequest request, List<Degraded> degraded) {
        Set<LevelOfCare> wanted = new LinkedHashSet<>(levels);
        List<Match> matches = new ArrayList<>();
        for (Facility facility : found) {
            Set<LevelOfCare> runs = new LinkedHashSet<>();
            Integer openings = null;
            for (Program program : facility.getPrograms()) {
                if ((wanted.isEmpty() || wanted.contains(program.getLevelOfCare()))
                        && fits(program, plan.ageGroup(), request.population())) {
                    runs.add(program.getLevelOfCare());
                    if (program.getOpenings() != null) {
                        openings = (openings == null ? 0 : openings) + Math.max(0, program.getOpenings());
                    }
                }
            }
            if (runs.isEmpty()) {
                continue; // no program of the site is for this person
            }
            // The level whose network status counts: the first wanted level the site runs (detox
            // before the level after it), or for a search without a level, the site's first.
            LevelOfCare decisive = wanted.stream().filter(runs::contains).findFirst()
                    .orElse(runs.stream().findFirst().orElse(null));
            matches.add(new Match(facility, facility.getDistanceMiles(), networkFor(facility, decisive, network, request), openings));
        }
        Comparator<Match> order = Comparator
                .comparingInt((Match m) -> plan.withdrawalManagement() && runsDetox(m) ? 0 : 1)
                .thenComparingInt(m -> networkRank(m.network().status()))
                .thenComparingInt(m -> openingsRank(m.openings()))
                .thenComparing(m -> m.distanceMiles() == null ? Double.MAX_VALUE : m.distanceMiles());
        matches.sort(order);
        List<Degraded> missing = degraded.stream().distinct().sorted().toList();
        return new CareMatchResponse(false, null, null, plan.level(), plan.level() == null ? null : plan.levelFrom(),
                plan.ageGroup(), plan.withdrawalManagement(),
                matches.subList(0, Math.min(maxMatches, matches.size())), missing);
    }

    private static Network networkFor(Facility facility, LevelOfCare level, Map<UUID, Map<LevelOfCare, NetworkResult>> network,
                                      CareMatchRequest request) {
        if (request.payer() == null) {
            return new Network(NetworkStatus.UNKNOWN, "No insurance was given", level, null, null);
        }
        if (network == null) {
            return new Network(NetworkStatus.UNKNOWN, "Network status could not be checked just now", level, null, null);
        }
        NetworkResult result = level == null ? null : network.getOrDefault(facility.getId(), Map.of()).get(level);
        if (result == null) {
            return new Network(NetworkStatus.UNKNOWN, "No network answer for this level of care", level, null, null);
        }
        return new Network(result.getStatus(), result.getReason(), result.getLevelOfCare(), result.getEffectiveFrom(),
                result.getEffectiveTo());
    }

    /** Sites with openings first (more first), then those whose openings nobody knows, then the full ones. */
    private static int openingsRank(Integer openings) {
        if (openings == null) {
            return 0;
        }
        return openings > 0 ? -openings : 1;
    }

    private static boolean runsDetox(Match m) {
        return m.facility().getPrograms().stream().anyMatch(p -> p.getLevelOfCare() == LevelOfCare.DETOX);
    }

    private static int networkRank(NetworkStatus status) {
        return switch (status) {
            case IN_NETWORK -> 0;
            case UNKNOWN -> 1;
            case OUT_OF_NETWORK -> 2;
        };
    }

    /** An optional service that did not answer (in time): the answer is degraded, not refused. */
    private static boolean isOutage(Throwable e) {
        return e instanceof io.smallrye.mutiny.TimeoutException || e instanceof ProblemException p && p.status() == 503;
    }

    /** The optional call's wait: its own limit, or what is left of the budget less a margin to answer in. */
    private Duration optionalWait(long deadline) {
        long left = deadline - System.nanoTime() - Duration.ofMillis(100).toNanos();
        return Duration.ofNanos(Math.max(1, Math.min(optionalCallTimeout.toNanos(), left)));
    }

    record Plan(LevelOfCare level, LevelOfCare nextLevel, boolean withdrawalManagement, boolean crisis,
                List<org.carenetwork.vocabulary.CrisisResource> crisisResources, AgeGroup ageGroup, LevelFrom levelFrom) {
    }
}
