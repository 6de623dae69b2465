package org.carenetwork.gateway.search;

import io.netty.handler.codec.http.QueryStringDecoder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.carenetwork.common.problem.Enums;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.gateway.client.Backend;
import org.carenetwork.gateway.client.BackendRelay;
import org.carenetwork.gateway.client.ContractViolations;
import org.carenetwork.gateway.client.InsuranceClient;
import org.carenetwork.gateway.client.TypedCalls;
import org.carenetwork.gateway.client.TypedCalls.Refused;
import org.carenetwork.gateway.client.insurance.model.NetworkCheckInput;
import org.carenetwork.gateway.client.insurance.model.NetworkCheckResult;
import org.carenetwork.gateway.client.insurance.model.NetworkResult;
import org.carenetwork.gateway.routing.PublicPath;
import org.carenetwork.gateway.routing.Route;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.NetworkStatus;
import org.carenetwork.vocabulary.PlanType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@code GET /facilities?payer=...}, the gateway's own addition to facility-service's search:
 * insurance-service names the facilities in network for the payer (and plan type and level, when
 * given), then facility-service searches among them, so paging and totals stay right. Without
 * insurance-service the filter cannot be honoured: 503. {@link #document} adds the two parameters
 * to the search's entry in the public document, here beside the code that reads them.
 */
@ApplicationScoped
public class PayerFilteredSearch {

    public static final String OPERATION_ID = "searchFacilities";
    static final String PAYER = "payer";
    static final String PLAN_TYPE = "planType";
    static final String NETWORK = "network";
    /** An id no facility has: the search among no facilities. */
    static final String NO_FACILITY = "00000000-0000-0000-0000-000000000000";

    @RestClient
    InsuranceClient insurance;

    @Inject
    TypedCalls calls;

    @Inject
    ContractViolations violations;

    @Inject
    BackendRelay relay;

    /** A facility search that names a payer or a plan type is the gateway's to answer. */
    public boolean handles(Route route, PublicPath path) {
        if (!OPERATION_ID.equals(route.operationId()) || path.rawQuery() == null) {
            return false;
        }
        Map<String, List<String>> query = query(path);
        return query.containsKey(PAYER) || query.containsKey(PLAN_TYPE) || query.containsKey(NETWORK);
    }

    public Uni<Response> search(Route route, PublicPath path, HttpHeaders caller) {
        Map<String, List<String>> query = query(path);
        List<String> plans = query.getOrDefault(PLAN_TYPE, List.of());
        List<String> payers = query.getOrDefault(PAYER, List.of());
        List<Problem.FieldError> repeated = new ArrayList<>();
        for (String single : List.of(PAYER, PLAN_TYPE)) {
            if (query.getOrDefault(single, List.of()).size() > 1) {
                repeated.add(new Problem.FieldError(single, "takes one value; it was sent "
                        + query.get(single).size() + " times"));
            }
        }
        if (!repeated.isEmpty()) {
            throw ProblemException.badFields(repeated);
        }
        PlanType planType = plans.isEmpty() ? null : Enums.parse(PLAN_TYPE, plans.get(0), PlanType.class);
        if (payers.isEmpty() || payers.get(0).isEmpty()) {
            throw ProblemException.badField(PAYER, planType != null ? "is needed with planType: a payer id from /payers"
                    : query.containsKey(NETWORK) ? "is needed with network: a payer id from /payers"
                    : "must name a payer id from /payers");
        }
        Set<NetworkStatus> wanted = Enums.parseAll(NETWORK, query.get(NETWORK), NetworkStatus.class);
        if (wanted.isEmpty()) {
            wanted = Set.of(NetworkStatus.IN_NETWORK);
        }
        Set<NetworkStatus> statuses = wanted;
        String payer = payers.get(0);
        if (payer.length() > 100) {
            throw ProblemException.badField(PAYER, "is at most 100 characters");
        }
        List<String> levels = query.getOrDefault("levelOfCare", List.of());
        LevelOfCare level = levels.size() == 1 && !levels.get(0).contains(",")
                ? Enums.parse("levelOfCare", levels.get(0), LevelOfCare.class) : null;
        // No facilityIds: every facility the payer has a contract for (the model starts with an empty list).
        NetworkCheckInput check = new NetworkCheckInput().payer(payer).planType(planType).levelOfCare(level)
                .facilityIds(null);
        // The payer must be one the network knows by this id (the document says "a payer id"): a
        // name such as "Aetna PPO" would otherwise match no contract and answer an empty page.
        Uni<Void> known = calls.call(Backend.INSURANCE, "getPayer", () -> insurance.getPayer(payer))
                .onFailure(Refused.class).transform(e -> unknownPayer((Refused) e, payer))
                .replaceWithVoid();
        Uni<NetworkCheckResult> network = calls.call(Backend.INSURANCE, "checkNetwork", () -> insurance.checkNetwork(check))
                .onFailure(Refused.class).transform(e -> refused((Refused) e));
        return Uni.combine().all().unis(known, network).with((k, answer) -> answer)
                .chain(answer -> {
                    if (answer.getResults() == null) {
                        throw violations.of(Backend.INSURANCE, "checkNetwork", "an answer without results");
                    }
                    // Each contracted facility's status for the payer: in network at any level asked
                    // about wins, then unknown, then out of network.
                    Map<UUID, NetworkStatus> byFacility = new java.util.LinkedHashMap<>();
                    for (NetworkResult r : answer.getResults()) {
                        byFacility.merge(r.getFacilityId(), r.getStatus(), PayerFilteredSearch::better);
                    }
                    Set<UUID> chosen = new LinkedHashSet<>();
                    boolean unknownToo = statuses.contains(NetworkStatus.UNKNOWN);
                    byFacility.forEach((facility, status) -> {
                        // With UNKNOWN asked for, every site the network has no contract data for is in:
                        // the search leaves out the contracted ones of a status not asked for.
                        if (unknownToo != statuses.contains(status)) {
                            chosen.add(facility);
                        }
                    });
                    // Still asked when none is, so the other filters are checked (a bad one is a 400
                    // whatever the payer) and the empty page carries the caller's paging.
                    return relay.relay(Backend.FACILITY, false, "GET", "/facilities?" + facilityQuery(path, chosen, unknownToo),
                            caller, null);
                });
    }

    private ProblemException unknownPayer(Refused refused, String payer) {
        if (refused.status() == 404 || refused.status() == 400) {
            return ProblemException.badField(PAYER, "'" + Enums.shown(payer) + "' is not a payer id; find the payer's id with "
                    + BackendRelay.PUBLIC_ROOT + "/payers?q=" + URLEncoder.encode(Enums.shown(payer), StandardCharsets.UTF_8));
        }
        return violations.of(Backend.INSURANCE, "getPayer", "answered " + refused.status());
    }

    private ProblemException refused(Refused refused) {
        if (refused.status() == 400) {
            return ProblemException.badField(PAYER, "is not a payer the network check takes");
        }
        return violations.of(Backend.INSURANCE, "checkNetwork", "answered " + refused.status());
    }

    private static NetworkStatus better(NetworkStatus a, NetworkStatus b) {
        return rank(a) <= rank(b) ? a : b;
    }

    private static int rank(NetworkStatus status) {
        return switch (status) {
            case IN_NETWORK -> 0;
            case UNKNOWN -> 1;
            case OUT_OF_NETWORK -> 2;
        };
    }

    /**
     * The caller's query for facility-service, without payer, planType and network: with the ids
     * chosen ({@code id=}), or, when unknown status is asked for, without the ids left out
     * ({@code excludeId=}).
     */
    private static String facilityQuery(PublicPath path, Set<UUID> ids, boolean excluded) {
        StringBuilder out = new StringBuilder();
        query(path).forEach((name, values) -> {
            if (!name.equals(PAYER) && !name.equals(PLAN_TYPE) && !name.equals(NETWORK)) {
                values.forEach(v -> append(out, name, v));
            }
        });
        if (!excluded && ids.isEmpty()) {
            append(out, "id", NO_FACILITY);
        }
        ids.forEach(id -> append(out, excluded ? "excludeId" : "id", id.toString()));
        return out.toString();
    }

    private static void append(StringBuilder out, String name, String value) {
        if (!out.isEmpty()) {
            out.append('&');
        }
        out.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    private static Map<String, List<String>> query(PublicPath path) {
        return path.rawQuery() == null ? Map.of() : new QueryStringDecoder(path.rawQuery(), false).parameters();
    }

    /** The public document's search gets the two parameters this class reads. */
    public static void document(Operation search) {
        search.addParameter(OASFactory.createParameter().name(PAYER).in(Parameter.In.QUERY)
                .description("A payer id from `GET /payers`: only facilities in network for it (with `planType`, for that "
                        + "plan type; with one `levelOfCare`, for that level). Answered by the gateway with the insurance "
                        + "service's network check; without that service, 503. A value that is not a payer's id (a name such "
                        + "as `Aetna PPO`) is a 400 that points to `/payers?q=`.")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(100)).example("aetna"));
        search.addParameter(OASFactory.createParameter().name(NETWORK).in(Parameter.In.QUERY)
                .description("With `payer`: the network statuses to list (default `IN_NETWORK`). `IN_NETWORK,UNKNOWN` also "
                        + "lists the sites the network has no contract data for (directory listings), which are `UNKNOWN`, "
                        + "not out of network.").explode(true)
                .schema(OASFactory.createSchema().addType(SchemaType.ARRAY).maxItems(3)
                        .items(OASFactory.createSchema().ref("NetworkStatus"))));
        search.addParameter(OASFactory.createParameter().name(PLAN_TYPE).in(Parameter.In.QUERY)
                .description("The plan type for `payer` (only with `payer`: alone, a 400).")
                .schema(OASFactory.createSchema().ref("PlanType")));
    }
}
