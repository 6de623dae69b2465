package org.carenetwork.facility.service.hsds;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.common.web.Page;
import org.carenetwork.facility.api.FacilityPage;
import org.carenetwork.facility.api.FacilityView;
import org.carenetwork.facility.api.Hsds;
import org.carenetwork.facility.api.ProgramView;
import org.carenetwork.facility.service.FacilityStore;
import org.carenetwork.facility.service.SearchQuery;

/**
 * The catalog read as Open Referral HSDS 3.0 (the mapping is {@link HsdsMapping}'s): services are
 * programs, found with the catalog's own search ({@link FacilityStore}), read back as the facility
 * views every other read answers, and mapped. Pages are HSDA's: {@code page_number} from 1.
 */
@ApplicationScoped
public class HsdsCatalog {

    @Inject
    FacilityStore store;

    @Inject
    ObjectMapper json;

    @Inject
    AgroalDataSource dataSource;

    /** The services (programs) a search finds, a page of them ({@code query}'s page from 0). */
    public Hsds.ServicePage services(SearchQuery query, UUID organizationId) {
        Page<FacilityStore.ProgramRef> refs = store.programs(query, organizationId);
        Map<UUID, FacilityView> sites = sites(query, refs.items());
        List<Hsds.Service> contents = new ArrayList<>(refs.items().size());
        for (FacilityStore.ProgramRef ref : refs.items()) {
            FacilityView site = sites.get(ref.facilityId());
            if (site != null) {
                contents.add(HsdsMapping.service(site, program(site, ref), ref.id()));
            }
        }
        Hsds.Paging p = Hsds.Paging.of(refs.total(), query.page() + 1, query.size(), contents.size());
        return new Hsds.ServicePage(p.totalItems(), p.totalPages(), p.pageNumber(), p.size(), p.firstPage(),
                p.lastPage(), p.empty(), contents);
    }

    /** One service by its program's id; a 404 when no site (not removed) runs it. */
    public Hsds.Service service(UUID id) {
        FacilityStore.ProgramRef ref = store.program(id).orElseThrow(() -> ProblemException.notFound("Service", id));
        FacilityView site = store.find(ref.facilityId()).orElseThrow(() -> ProblemException.notFound("Service", id));
        return HsdsMapping.service(site, program(site, ref), ref.id());
    }

    /** The sites a search finds, as HSDS locations. */
    public Hsds.LocationPage locations(SearchQuery query) {
        FacilityPage found = store.search(query);
        List<Hsds.Location> contents = found.items().stream().map(HsdsMapping::location).toList();
        Hsds.Paging p = Hsds.Paging.of(found.total(), query.page() + 1, query.size(), contents.size());
        return new Hsds.LocationPage(p.totalItems(), p.totalPages(), p.pageNumber(), p.size(), p.firstPage(),
                p.lastPage(), p.empty(), contents);
    }

    /**
     * The organizations, by name: every brand, and every site without one (a directory listing), which
     * HSDS then sees as its own organization, under the site's id. {@code words}: all in the name.
     */
    public Hsds.OrganizationPage organizations(List<String> words, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE true");
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND lower(x.name) LIKE ? ESCAPE '\\'");
        }
        String rows = """
                FROM (
                    SELECT o.id, o.name, o.website, o.phone, true AS brand FROM organization o
                    UNION ALL
                    SELECT f.id, f.name, f.website,
                           CASE WHEN f.phone = ANY(f.disconnected_phones) THEN NULL ELSE f.phone END, false
                    FROM facility f WHERE f.organization_id IS NULL AND f.deleted_at IS NULL AND NOT f.closed
                ) x""" + where;
        List<Hsds.Organization> contents = new ArrayList<>(size);
        long total = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT x.id, x.name, x.website, x.phone, x.brand, count(*) OVER () " + rows
                        + " ORDER BY x.name, x.id LIMIT ? OFFSET ?")) {
            int i = bindWords(s, words);
            s.setInt(i++, size);
            s.setLong(i, (long) page * size);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    contents.add(HsdsMapping.organization(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getBoolean(5)));
                    total = rs.getLong(6);
                }
            }
            if (contents.isEmpty() && page > 0) {
                // Past the last page the window count has no row to ride on: count on its own.
                try (PreparedStatement count = c.prepareStatement("SELECT count(*) " + rows)) {
                    bindWords(count, words);
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        total = rs.getLong(1);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Hsds.Paging p = Hsds.Paging.of(total, page + 1, size, contents.size());
        return new Hsds.OrganizationPage(p.totalItems(), p.totalPages(), p.pageNumber(), p.size(), p.firstPage(),
                p.lastPage(), p.empty(), contents);
    }

    private static int bindWords(PreparedStatement s, List<String> words) throws SQLException {
        int i = 1;
        for (String word : words) {
            s.setString(i++, "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return i;
    }

    /** The sites of a page of programs, read as every read reads them, in one search by id. */
    private Map<UUID, FacilityView> sites(SearchQuery query, List<FacilityStore.ProgramRef> refs) {
        Set<UUID> ids = new LinkedHashSet<>();
        refs.forEach(r -> ids.add(r.facilityId()));
        Map<UUID, FacilityView> sites = new HashMap<>();
        if (ids.isEmpty()) {
            return sites;
        }
        SearchQuery byId = new SearchQuery(ids, Set.of(), query.center(), null, null, Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), Set.of(), false, List.of(), 0, ids.size());
        store.search(byId).items().forEach(v -> sites.put(v.id(), v));
        return sites;
    }

    private ProgramView program(FacilityView site, FacilityStore.ProgramRef ref) {
        try {
            for (ProgramView p : json.readValue(site.programs(), ProgramView[].class)) {
                if (p.levelOfCare() == ref.level()) {
                    return p;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreadable programs of facility " + site.id(), e);
        }
        throw ProblemException.notFound("Service", ref.id());
    }
}
