package org.carenetwork.facility.service.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carenetwork.facility.api.ImportResult;
import org.carenetwork.facility.config.FacilityConfig;
import org.carenetwork.vocabulary.LevelOfCare;
import org.jboss.logging.Logger;

/**
 * Loads a national directory file into the catalog as {@code DIRECTORY} listings. The file is
 * read as a stream and written in batches (one statement for the sites of a batch, one for their
 * programs), each batch its own transaction, so memory stays bounded and a 10,000-row file takes
 * seconds. A listing is matched on its natural key: a re-import updates what changed and leaves
 * the rest untouched. A bad row is rejected with its line and reason; it never fails the batch.
 */
@ApplicationScoped
public class DirectoryImport {

    private static final Logger LOG = Logger.getLogger(DirectoryImport.class);

    /** A site whose coordinates were given for it keeps them when a later row only knows its ZIP code. */
    private static final String KEEPS_COORDINATES = "EXCLUDED.location_precision = 'ZIP_CENTROID' "
            + "AND facility.location_precision IN ('DIRECTORY', 'ROOFTOP')";

    private static final String UPSERT_FACILITIES = """
            INSERT INTO facility (id, name, line1, line2, city, state, postal_code, lat, lon, location_precision, phone,
                website, note, payment_types, languages, directory_codes, source, natural_key, import_hash)
            SELECT gen_random_uuid(), r.name, r.line1, r.line2, r.city, r.state, r.postal_code, r.lat, r.lon,
                   r.location_precision, r.phone, r.website, r.note, r.payment_types, r.languages, r.directory_codes,
                   'DIRECTORY', r.natural_key, r.import_hash
            FROM jsonb_to_recordset(?::jsonb) AS r(name text, line1 text, line2 text, city text, state text,
                postal_code text, lat float8, lon float8, location_precision text, phone text, website text, note text,
                payment_types text[], languages text[], directory_codes text[], natural_key text, import_hash text)
            ON CONFLICT (natural_key) DO UPDATE SET name = EXCLUDED.name, line1 = EXCLUDED.line1,
                line2 = EXCLUDED.line2, city = EXCLUDED.city, state = EXCLUDED.state,
                postal_code = EXCLUDED.postal_code,
                -- A row placed only by its ZIP code does not move a site whose coordinates were given for it.
                lat = CASE WHEN :keeps THEN facility.lat ELSE EXCLUDED.lat END,
                lon = CASE WHEN :keeps THEN facility.lon ELSE EXCLUDED.lon END,
                location_precision = CASE WHEN :keeps
                                          THEN facility.location_precision ELSE EXCLUDED.location_precision END,
                phone = EXCLUDED.phone,
                website = EXCLUDED.website, note = EXCLUDED.note, payment_types = EXCLUDED.payment_types,
                languages = EXCLUDED.languages, directory_codes = EXCLUDED.directory_codes,
                import_hash = EXCLUDED.import_hash, updated_at = now(), version = facility.version + 1
            WHERE facility.import_hash IS DISTINCT FROM EXCLUDED.import_hash
            RETURNING id, natural_key, xmax = 0 AS inserted""".replace(":keeps", KEEPS_COORDINATES);

    /**
     * What a batch needs before it is written, in one statement: the centroids of the ZIP codes of
     * its rows without coordinates, and the network's own sites its rows name (same site key:
     * never overwritten by a directory row).
     */
    private static final String PLACE_BATCH = """
            SELECT 'zip' AS kind, z.zip AS key, z.lat, z.lon, NULL::uuid AS id FROM zip_centroid z WHERE z.zip = ANY(?)
            UNION ALL
            SELECT 'network', site_key(f.name, f.line1, f.line2, f.city, f.state, f.postal_code), NULL, NULL, f.id
            FROM facility f
            WHERE f.source = 'NETWORK' AND f.deleted_at IS NULL
              AND site_key(f.name, f.line1, f.line2, f.city, f.state, f.postal_code) = ANY(?)""";

    private static final String UPSERT_PROGRAMS = """
            WITH r AS (
                SELECT * FROM jsonb_to_recordset(?::jsonb) AS r(facility_id uuid, level_of_care text, asam_level text,
                    populations text[], conditions text[], medications text[])),
            gone AS (
                DELETE FROM program p WHERE p.facility_id IN (SELECT facility_id FROM r)
                  AND NOT EXISTS (SELECT 1 FROM r WHERE r.facility_id = p.facility_id AND r.level_of_care = p.level_of_care))
            INSERT INTO program (id, facility_id, level_of_care, asam_level, populations, conditions, medications)
            SELECT gen_random_uuid(), r.facility_id, r.level_of_care, r.asam_level, r.populations, r.conditions,
                   r.medications
            FROM r
            ON CONFLICT (facility_id, level_of_care) DO UPDATE SET asam_level = EXCLUDED.asam_level,
                populations = EXCLUDED.populations, conditions = EXCLUDED.conditions,
                medications = EXCLUDED.medications, updated_at = now()""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    FacilityConfig config;

    public ImportResult importCsv(InputStream body) {
        DirectoryCsv csv = new DirectoryCsv(body);
        return run(ImportResult.Format.NSSATS_CSV, csv.layout().id(), csv);
    }

    public ImportResult importJson(InputStream body) {
        return run(ImportResult.Format.FINDTREATMENT_JSON, ImportResult.Layout.FINDTREATMENT_V2,
                new FindTreatmentJson(body, json));
    }

    /** An Open Referral HSDS 3.0 dataset of services ({@link HsdsJson}). */
    public ImportResult importHsds(InputStream body) {
        return run(ImportResult.Format.HSDS_JSON, ImportResult.Layout.HSDS_3_0, new HsdsJson(body, json));
    }

    private ImportResult run(ImportResult.Format format, ImportResult.Layout layout, Iterator<Parsed> rows) {
        Tally tally = new Tally();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                readAndWrite(c, rows, tally);
            } catch (RuntimeException e) {
                c.rollback(); // a body that breaks off (a 400) keeps nothing
                throw e;
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("directory import failed", e);
        }
        LOG.infof("directory import (%s): %d rows, %d imported, %d updated, %d unchanged, %d skipped, %d rejected",
                layout, tally.rows, tally.imported, tally.updated, tally.unchanged, tally.skipped, tally.rejected);
        return new ImportResult(format, layout, tally.rows, tally.imported, tally.updated, tally.unchanged,
                tally.skipped, tally.rejected, new ArrayList<>(tally.rejections.values()), tally.skips);
    }

    private void readAndWrite(Connection c, Iterator<Parsed> rows, Tally tally) throws SQLException {
        // Natural key → line of its first row: a file that lists one site twice keeps the first.
        Map<String, Long> seen = new HashMap<>();
        List<DirectoryRow> batch = new ArrayList<>(config.importBatchSize());
        while (rows.hasNext()) {
            Parsed parsed = rows.next();
            tally.rows++;
            if (parsed instanceof Parsed.Rejected r) {
                tally.reject(r.line(), r.reason());
                continue;
            }
            DirectoryRow row = ((Parsed.Row) parsed).row();
            String overLimit = row.overLimit();
            if (overLimit != null) {
                tally.reject(row.line(), overLimit);
                continue;
            }
            Long first = seen.putIfAbsent(row.naturalKey(), row.line());
            if (first != null) {
                tally.reject(row.line(), "the same site (name and address) as line " + first);
                continue;
            }
            batch.add(row);
            if (batch.size() == config.importBatchSize()) {
                write(c, batch, tally);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            write(c, batch, tally);
        }
    }

    /**
     * One batch, inside the import's one transaction (committed by {@link #run} when every row was
     * read: a body that breaks off keeps nothing); if the database refuses the batch, row by row to
     * find the culprits.
     */
    private void write(Connection c, List<DirectoryRow> rows, Tally tally) throws SQLException {
        List<DirectoryRow> batch = place(c, rows, tally);
        if (batch.isEmpty()) {
            return;
        }
        Savepoint beforeBatch = c.setSavepoint();
        try {
            int[] written = upsert(c, batch);
            c.releaseSavepoint(beforeBatch);
            tally.count(batch.size(), written);
        } catch (SQLException batchFailure) {
            c.rollback(beforeBatch);
            for (DirectoryRow row : batch) {
                Savepoint sp = c.setSavepoint();
                try {
                    tally.count(1, upsert(c, List.of(row)));
                    c.releaseSavepoint(sp);
                } catch (SQLException e) {
                    c.rollback(sp);
                    tally.reject(row.line(), "refused by the catalog: " + constraintOf(e));
                }
            }
        }
    }

    /**
     * The rows of a batch that can be written: a row without coordinates placed at its ZIP code's
     * centroid (rejected when it has no ZIP code or one the table lacks); a row that names one of
     * the network's own sites skipped. One statement for the whole batch.
     */
    private List<DirectoryRow> place(Connection c, List<DirectoryRow> rows, Tally tally) throws SQLException {
        List<String> zips = new ArrayList<>();
        List<String> keys = new ArrayList<>(rows.size());
        for (DirectoryRow row : rows) {
            keys.add(row.naturalKey());
            if (row.lat() == null && row.postalCode() != null) {
                zips.add(row.postalCode().substring(0, 5));
            }
        }
        Map<String, double[]> centroids = new HashMap<>();
        Map<String, String> networkSites = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(PLACE_BATCH)) {
            s.setArray(1, c.createArrayOf("text", zips.toArray()));
            s.setArray(2, c.createArrayOf("text", keys.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString("kind").equals("zip")) {
                        centroids.put(rs.getString("key"), new double[] {rs.getDouble("lat"), rs.getDouble("lon")});
                    } else {
                        networkSites.putIfAbsent(rs.getString("key"), rs.getString("id"));
                    }
                }
            }
        }
        List<DirectoryRow> placed = new ArrayList<>(rows.size());
        for (DirectoryRow row : rows) {
            String network = networkSites.get(row.naturalKey());
            if (network != null) {
                tally.skip(row.line(), UUID.fromString(network), "the network's own site " + network
                        + " (same name and address): a directory row never overwrites it");
            } else if (row.lat() != null) {
                placed.add(row);
            } else if (row.postalCode() == null) {
                tally.reject(row.line(), "no coordinates and no ZIP code to place the site by");
            } else {
                double[] at = centroids.get(row.postalCode().substring(0, 5));
                if (at == null) {
                    tally.reject(row.line(), "ZIP code " + row.postalCode()
                            + " is not in the ZIP centroid table, and the row has no coordinates: the site cannot be placed");
                } else {
                    placed.add(row.atZipCentroid(at[0], at[1]));
                }
            }
        }
        return placed;
    }

    /** Writes the rows; answers how many were inserted and how many updated (the rest were unchanged). */
    private int[] upsert(Connection c, List<DirectoryRow> batch) throws SQLException {
        ArrayNode facilities = json.createArrayNode();
        Map<String, DirectoryRow> byKey = new HashMap<>();
        for (DirectoryRow row : batch) {
            facilities.add(facilityJson(row));
            byKey.put(row.naturalKey(), row);
        }
        int[] written = new int[2];
        ArrayNode programs = json.createArrayNode();
        try (PreparedStatement s = c.prepareStatement(UPSERT_FACILITIES)) {
            s.setString(1, facilities.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    written[rs.getBoolean("inserted") ? 0 : 1]++;
                    DirectoryRow row = byKey.get(rs.getString("natural_key"));
                    for (LevelOfCare level : row.levels()) {
                        programs.add(programJson(rs.getString("id"), level, row));
                    }
                }
            }
        }
        if (!programs.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(UPSERT_PROGRAMS)) {
                s.setString(1, programs.toString());
                s.executeUpdate();
            }
        }
        return written;
    }

    private ObjectNode facilityJson(DirectoryRow r) {
        ObjectNode n = json.createObjectNode();
        n.put("name", r.name()).put("line1", r.line1()).put("line2", r.line2()).put("city", r.city())
                .put("state", r.state()).put("postal_code", r.postalCode()).put("lat", r.lat()).put("lon", r.lon())
                .put("location_precision", r.precision() == null ? null : r.precision().name())
                .put("phone", r.phone()).put("website", r.website()).put("note", r.note());
        strings(n.putArray("payment_types"), r.paymentTypes().stream().map(Enum::name).toList());
        strings(n.putArray("languages"), r.languages());
        strings(n.putArray("directory_codes"), r.directoryCodes());
        n.put("natural_key", r.naturalKey());
        // Everything the listing says, programs included: an unchanged row is skipped on re-import.
        ObjectNode content = n.deepCopy();
        strings(content.putArray("levels"), r.levels().stream().map(Enum::name).toList());
        strings(content.putArray("populations"), r.populations().stream().map(Enum::name).toList());
        strings(content.putArray("conditions"), r.conditions().stream().map(Enum::name).toList());
        strings(content.putArray("medications"), r.medications().stream().map(Enum::name).toList());
        n.put("import_hash", sha256(content.toString()));
        return n;
    }

    private ObjectNode programJson(String facilityId, LevelOfCare level, DirectoryRow r) {
        ObjectNode n = json.createObjectNode();
        n.put("facility_id", facilityId).put("level_of_care", level.name()).put("asam_level", DirectoryRow.asamLevel(level));
        strings(n.putArray("populations"), r.populations().stream().map(Enum::name).toList());
        strings(n.putArray("conditions"), r.conditions().stream().map(Enum::name).toList());
        strings(n.putArray("medications"), level == LevelOfCare.MAT
                ? r.medications().stream().map(Enum::name).toList() : List.of());
        return n;
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String constraintOf(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int i = message.indexOf("constraint \"");
        if (i >= 0) {
            int end = message.indexOf('"', i + 12);
            if (end > i) {
                return "breaks rule " + message.substring(i + 12, end);
            }
        }
        return e.getSQLState() != null && e.getSQLState().startsWith("22") ? "a value has the wrong form" : "a database rule";
    }

    private static final class Tally {
        long rows;
        long imported;
        long updated;
        long unchanged;
        long rejected;
        long skipped;
        /** The first rejections only: a file of garbage must not become an answer (and a memory) as large as itself. */
        final java.util.TreeMap<Long, ImportResult.Rejection> rejections = new java.util.TreeMap<>();
        final List<ImportResult.Skip> skips = new ArrayList<>();

        void skip(long line, UUID facilityId, String reason) {
            skipped++;
            if (skips.size() < ImportResult.MAX_REJECTIONS_LISTED) {
                skips.add(new ImportResult.Skip(line, facilityId, reason));
            }
        }

        /**
         * Rows are rejected as they are read or when their batch is placed, so not in file order: the
         * listed ones are the first by line, and the answer lists them in file order.
         */
        void reject(long line, String reason) {
            rejected++;
            if (rejections.size() == ImportResult.MAX_REJECTIONS_LISTED && line > rejections.lastKey()) {
                return;
            }
            String shown = reason.length() <= ImportResult.MAX_REASON ? reason
                    : reason.substring(0, ImportResult.MAX_REASON - 3) + "...";
            rejections.put(line, new ImportResult.Rejection(line, shown));
            if (rejections.size() > ImportResult.MAX_REJECTIONS_LISTED) {
                rejections.pollLastEntry();
            }
        }

        void count(int rows, int[] written) {
            imported += written[0];
            updated += written[1];
            unchanged += rows - written[0] - written[1];
        }
    }
}
