package org.carenetwork.facility.service.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Set;

/**
 * A FindTreatment.gov {@code exportsAsJson/v2} export: {@code {"rows": [...]}} (or the bare array),
 * each row with {@code name1, name2, street1, street2, city, state, zip, phone, website,
 * latitude, longitude} as strings and {@code services: [{f1, f2, f3}]}, f3 being
 * "label; label". Rows are read one at a time from the stream. A rejected row's line is its
 * position in {@code rows}, from 1.
 */
final class FindTreatmentJson implements Iterator<Parsed> {

    private final JsonArrayStream rows;

    FindTreatmentJson(InputStream body, ObjectMapper json) {
        this.rows = new JsonArrayStream(body, json, "rows", "row", "a FindTreatment export", "an object with rows");
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public Parsed next() {
        JsonNode row = rows.next();
        return row == null ? new Parsed.Rejected(rows.index(), "a row must be an object") : parse(row);
    }

    private Parsed parse(JsonNode r) {
        String name1 = text(r, "name1");
        String name2 = text(r, "name2");
        String street1 = text(r, "street1");
        String street2 = text(r, "street2");
        String city = text(r, "city");
        String state = RowBuilder.state(text(r, "state"));
        String zip = RowBuilder.zip(text(r, "zip"));
        Double lat = RowBuilder.coordinate(text(r, "latitude"));
        Double lon = RowBuilder.coordinate(text(r, "longitude"));
        String name = RowBuilder.join(" - ", name1, name2);
        String problem = name1 == null ? "no name (name1 is empty)" : RowBuilder.problem(name, city, state, lat, lon);
        if (problem != null) {
            return new Parsed.Rejected(rows.index(), problem);
        }
        DirectoryCodes.Mapped mapped = DirectoryCodes.Mapped.empty();
        Set<String> codes = RowBuilder.linked();
        for (JsonNode service : r.path("services")) {
            String category = service.path("f2").asText("").strip();
            for (String label : service.path("f3").asText("").split(";")) {
                if (label.isBlank()) {
                    continue;
                }
                String code = DirectoryCodes.codeForLabel(label);
                if (code != null) {
                    mapped.add(code);
                }
                codes.add(category.isEmpty() ? label.strip() : category + ": " + label.strip());
            }
        }
        if (mapped.levels().isEmpty()) {
            return new Parsed.Rejected(rows.index(), "no service maps to a level of care");
        }
        String website = text(r, "website");
        if (website != null && !website.matches("(?i)https?://.*")) {
            website = "http://" + website;
        }
        return new Parsed.Row(DirectoryRow.of(rows.index(), name, street1, street2, city, state, zip, lat, lon,
                RowBuilder.phone(RowBuilder.join(" ", text(r, "phone"), text(r, "intake1"))), website, null,
                mapped, new ArrayList<>(codes)));
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null || v.isNull() ? null : RowBuilder.trimToNull(v.asText());
    }
}
