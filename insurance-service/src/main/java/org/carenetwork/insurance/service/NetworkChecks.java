package org.carenetwork.insurance.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.insurance.api.NetworkCheckRequest;
import org.carenetwork.insurance.api.NetworkCheckResponse;
import org.carenetwork.insurance.domain.ContractTerm;
import org.carenetwork.insurance.domain.NetworkResult;
import org.carenetwork.insurance.domain.NetworkRules;
import org.carenetwork.insurance.domain.Payer;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PlanType;

/**
 * Answers network checks. However many facilities are asked about, the contracts are read in one
 * query (the facility list joined to the payer's contracts), then {@link NetworkRules} decides
 * each facility and level.
 */
@ApplicationScoped
public class NetworkChecks {

    /**
     * The facilities asked about (or every contracted one), each with the payer's contracts for it,
     * and whether any payer's contract is on file for it at all (without one, the network knows
     * nothing of the facility's contracts: an imported directory listing is UNKNOWN, not out of network).
     */
    private static final String CONTRACTS_FOR = """
            SELECT f.facility_id, c.level_of_care, c.plan_type, c.effective_from, c.effective_to,
                   EXISTS (SELECT 1 FROM network_contract k WHERE k.facility_id = f.facility_id) AS known
            FROM (%s) f
            LEFT JOIN network_contract c ON c.facility_id = f.facility_id AND c.payer_id = ?
            ORDER BY f.ord, c.effective_from
            """;
    private static final String GIVEN = "SELECT facility_id, ord FROM unnest(?::uuid[]) WITH ORDINALITY AS t(facility_id, ord)";
    private static final String ALL_CONTRACTED = """
            SELECT facility_id, row_number() OVER (ORDER BY facility_id) AS ord
            FROM (SELECT DISTINCT facility_id FROM network_contract ORDER BY facility_id LIMIT %d) d"""
            .formatted(NetworkCheckRequest.MAX_FACILITIES + 1);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Payers payers;

    @Inject
    Clock clock;

    public NetworkCheckResponse check(NetworkCheckRequest request) {
        LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now(clock);
        Optional<Payer> payer = payers.resolve(request.payer());
        List<LevelOfCare> levels = request.levelOfCare() != null ? List.of(request.levelOfCare()) : List.of(LevelOfCare.values());
        Map<UUID, OnFile> contracts = load(request.facilityIds(), payer.map(p -> p.id).orElse(null));
        List<NetworkResult> results = new ArrayList<>();
        contracts.forEach((facility, known) -> {
            for (LevelOfCare level : levels) {
                results.add(decide(facility, level, request, payer, known, asOf));
            }
        });
        return new NetworkCheckResponse(payer.map(p -> p.id).orElse(request.payer()), request.planType(), asOf, results);
    }

    /** The answer for one facility and level, as a coverage request records it. */
    public NetworkResult checkOne(String payer, PlanType planType, UUID facilityId, LevelOfCare level) {
        return check(new NetworkCheckRequest(payer, planType, List.of(facilityId), level, null)).results().get(0);
    }

    private static NetworkResult decide(UUID facility, LevelOfCare level, NetworkCheckRequest request,
                                        Optional<Payer> payer, OnFile contracts, LocalDate asOf) {
        if (payer.isEmpty()) {
            return NetworkRules.unknownPayer(facility, level, request.payer());
        }
        if (request.planType() != null && !payer.get().offers(request.planType())) {
            return NetworkRules.unknownPlan(facility, level, payer.get().name, request.planType());
        }
        if (!contracts.anyPayer()) {
            return NetworkRules.noContractData(facility, level);
        }
        return NetworkRules.decide(facility, level, payer.get().name, request.planType(),
                contracts.byLevel().getOrDefault(level, List.of()), asOf);
    }

    /** One facility's contracts with the payer, by level, and whether any payer's contract is on file for it. */
    private record OnFile(Map<LevelOfCare, List<ContractTerm>> byLevel, boolean anyPayer) {
    }

    private Map<UUID, OnFile> load(List<UUID> facilityIds, String payerId) {
        String sql = CONTRACTS_FOR.formatted(facilityIds != null ? GIVEN : ALL_CONTRACTED);
        Map<UUID, OnFile> byFacility = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (facilityIds != null) {
                Array ids = c.createArrayOf("uuid", facilityIds.stream().distinct().toArray());
                s.setArray(i++, ids);
            }
            s.setString(i, payerId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    UUID facility = rs.getObject(1, UUID.class);
                    boolean anyPayer = rs.getBoolean(6);
                    Map<LevelOfCare, List<ContractTerm>> byLevel = byFacility.computeIfAbsent(facility,
                            f -> new OnFile(new EnumMap<>(LevelOfCare.class), anyPayer)).byLevel();
                    String level = rs.getString(2);
                    if (level != null) {
                        byLevel.computeIfAbsent(LevelOfCare.valueOf(level), l -> new ArrayList<>())
                                .add(new ContractTerm(PlanType.valueOf(rs.getString(3)),
                                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("network contracts could not be read", e);
        }
        if (facilityIds == null && byFacility.size() > NetworkCheckRequest.MAX_FACILITIES) {
            // The answer must stay bounded: past this many contracted facilities, the caller names them.
            throw ProblemException.unprocessable("facilityIds", "is required when more than " + NetworkCheckRequest.MAX_FACILITIES
                    + " facilities have network contracts: name at most " + NetworkCheckRequest.MAX_FACILITIES + " facilities");
        }
        return byFacility;
    }
}
