package org.carenetwork.facility.service.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.carenetwork.common.problem.ProblemException;

/**
 * The N-SSATS directory layout: Latin-1 CSV with a header ({@code Name1..3, Address1..3, City,
 * State, ZIP_Code, Contact, Note, Keys, loc_ID, Longitude, Latitude, Match Score}); {@code Keys}
 * holds slash-separated service codes. Read one record at a time.
 */
final class NssatsCsv implements Iterator<Parsed> {

    private static final List<String> REQUIRED = List.of("Name1", "City", "State", "ZIP_Code", "Keys", "Longitude",
            "Latitude");
    /** A code as N-SSATS writes them; stray words that leak into Keys ("Methadone Clients Only") are not codes. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9]{0,7}");

    private final CsvReader csv;
    private final Map<String, Integer> columns = new HashMap<>();
    private List<String> pending;

    NssatsCsv(InputStream body) {
        Reader reader = new InputStreamReader(body, StandardCharsets.ISO_8859_1);
        this.csv = new CsvReader(new java.io.BufferedReader(reader, 65536));
        try {
            List<String> header = csv.next();
            if (header == null) {
                throw ProblemException.badField("body", "the file is empty");
            }
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i).strip().replace("\uFEFF", ""), i);
            }
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    throw ProblemException.badField("body", "not an N-SSATS directory CSV: no column " + required
                            + " in the header");
                }
            }
            pending = csv.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean hasNext() {
        return pending != null;
    }

    @Override
    public Parsed next() {
        if (pending == null) {
            throw new NoSuchElementException();
        }
        List<String> record = pending;
        long line = csv.recordLine();
        try {
            pending = csv.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(record, line);
    }

    private Parsed parse(List<String> r, long line) {
        if (r.size() < columns.size()) {
            return new Parsed.Rejected(line, "expected " + columns.size() + " columns, found " + r.size());
        }
        String name1 = get(r, "Name1");
        String name2 = get(r, "Name2");
        String name3 = get(r, "Name3");
        String address1 = get(r, "Address1");
        String address2 = get(r, "Address2");
        String address3 = get(r, "Address3");
        String city = get(r, "City");
        String state = RowBuilder.state(get(r, "State"));
        String zip = RowBuilder.zip(get(r, "ZIP_Code"));
        Double lat = RowBuilder.coordinate(get(r, "Latitude"));
        Double lon = RowBuilder.coordinate(get(r, "Longitude"));
        String name = RowBuilder.join(" - ", name1, name2, name3);
        String problem = name1 == null ? "no name (Name1 is empty)" : RowBuilder.problem(name, city, state, lat, lon);
        if (problem != null) {
            return new Parsed.Rejected(line, problem);
        }
        DirectoryCodes.Mapped mapped = DirectoryCodes.Mapped.empty();
        Set<String> codes = RowBuilder.linked();
        String keys = get(r, "Keys");
        if (keys != null) {
            for (String token : keys.split("/")) {
                String code = token.strip();
                if (CODE.matcher(code).matches()) {
                    codes.add(code);
                    mapped.add(code);
                }
            }
        }
        if (mapped.levels().isEmpty()) {
            return new Parsed.Rejected(line, "no service code maps to a level of care (Keys: "
                    + (keys == null ? "empty" : abbreviate(keys)) + ")");
        }
        return new Parsed.Row(new DirectoryRow(line,
                DirectoryRow.naturalKey(name1, name2, name3, address1, address2, city, state, zip),
                name, address1, RowBuilder.join(", ", address2, address3), city, state, zip, lat, lon,
                RowBuilder.phone(get(r, "Contact")), null, get(r, "Note"), mapped.payments(), mapped.languages(),
                new ArrayList<>(codes), mapped.levels(), mapped.populations(), mapped.conditions(),
                mapped.medications()));
    }

    private String get(List<String> record, String column) {
        Integer i = columns.get(column);
        return i == null || i >= record.size() ? null : RowBuilder.trimToNull(record.get(i));
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
