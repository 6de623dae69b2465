package org.carenetwork.facility.service.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.carenetwork.common.problem.ProblemException;

/**
 * A FindTreatment.gov {@code exportsAsJson/v2} export: {@code {"rows": [...]}} (or the bare array),
 * each row with {@code name1, name2, street1, street2, city, state, zip, phone, website,
 * latitude, longitude} as strings and {@code services: [{f1, f2, f3}]}, f3 being
 * "label; label". Rows are read one at a time from the stream. A rejected row's line is its
 * position in {@code rows}, from 1.
 */
final class FindTreatmentJson implements Iterator<Parsed> {

    private final JsonParser parser;
    /** One row at a time out of the stream: more input after a row is the next row, not trailing garbage. */
    private final ObjectReader rows;
    private long index;
    private boolean more;

    FindTreatmentJson(InputStream body, ObjectMapper json) {
        this.rows = json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try {
            this.parser = json.getFactory().createParser(body);
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                while (true) {
                    JsonToken t = parser.nextToken();
                    if (t == null || t == JsonToken.END_OBJECT) {
                        throw ProblemException.badField("body", "not a FindTreatment export: no rows array");
                    }
                    if (t == JsonToken.FIELD_NAME && parser.currentName().equals("rows")) {
                        if (parser.nextToken() != JsonToken.START_ARRAY) {
                            throw ProblemException.badField("rows", "must be an array");
                        }
                        break;
                    }
                    parser.nextToken();
                    parser.skipChildren();
                }
            } else if (first != JsonToken.START_ARRAY) {
                throw ProblemException.badField("body", "not a FindTreatment export: expected an object with rows");
            }
            JsonToken element = parser.nextToken();
            more = element != null && element != JsonToken.END_ARRAY;
        } catch (IOException e) {
            throw ProblemException.badField("body", "is not valid JSON");
        }
    }

    private JsonToken current() {
        return parser.currentToken();
    }

    @Override
    public boolean hasNext() {
        return more;
    }

    @Override
    public Parsed next() {
        if (!more) {
            throw new NoSuchElementException();
        }
        index++;
        Parsed parsed;
        try {
            if (current() == JsonToken.START_OBJECT) {
                parsed = parse(rows.readTree(parser));
            } else {
                parser.skipChildren();
                parsed = new Parsed.Rejected(index, "a row must be an object");
            }
            JsonToken t = parser.nextToken();
            more = t != null && t != JsonToken.END_ARRAY;
        } catch (IOException e) {
            // A body that is not JSON (a cut-off upload, most often) is refused whole: the import runs
            // in one transaction, so nothing of it is kept.
            var at = parser.currentLocation();
            throw ProblemException.badField("body", "is not valid JSON: it breaks off in row " + index + " (line "
                    + at.getLineNr() + ", column " + at.getColumnNr() + "); nothing was imported");
        }
        return parsed;
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
            return new Parsed.Rejected(index, problem);
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
            return new Parsed.Rejected(index, "no service maps to a level of care");
        }
        String website = text(r, "website");
        if (website != null && !website.matches("(?i)https?://.*")) {
            website = "http://" + website;
        }
        return new Parsed.Row(DirectoryRow.of(index, name, street1, street2, city, state, zip, lat, lon,
                RowBuilder.phone(RowBuilder.join(" ", text(r, "phone"), text(r, "intake1"))), website, null,
                mapped, new ArrayList<>(codes)));
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null || v.isNull() ? null : RowBuilder.trimToNull(v.asText());
    }
}
