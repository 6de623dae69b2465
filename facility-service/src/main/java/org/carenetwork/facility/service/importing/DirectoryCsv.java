package org.carenetwork.facility.service.importing;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;
import org.carenetwork.common.problem.ProblemException;

/**
 * A national directory CSV in any {@link CsvLayout}: the layout is detected from the header line
 * (read as bytes, so the layout decides how the rest is decoded), then the rows are read one
 * record at a time and mapped by the layout's column table. Nothing here is specific to a layout.
 */
final class DirectoryCsv implements Iterator<Parsed> {

    /** A code as the directories write them; stray words that leak into Keys ("Methadone Clients Only") are not codes. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{0,7}");
    private static final int MAX_HEADER_BYTES = 65536;

    private final CsvLayout layout;
    private final CsvReader csv;
    private final Map<String, Integer> columns = new HashMap<>();
    private List<String> pending;

    DirectoryCsv(InputStream body) {
        try {
            InputStream in = new BufferedInputStream(body, 65536);
            List<String> header = new CsvReader(new StringReader(headerLine(in))).next();
            if (header == null) {
                throw ProblemException.badField("body", "the file is empty");
            }
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i).replace("\uFEFF", "").replace("\u00EF\u00BB\u00BF", "").strip(), i);
            }
            layout = CsvLayout.detect(columns.keySet());
            if (layout == null) {
                throw ProblemException.badField("body", CsvLayout.expected());
            }
            csv = new CsvReader(new BufferedReader(new InputStreamReader(in, layout.charset()), 65536), 2);
            pending = csv.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CsvLayout layout() {
        return layout;
    }

    /** The first line's bytes, as Latin-1 (a header is ASCII in every layout), without its line break. */
    private static String headerLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (line.size() == MAX_HEADER_BYTES) {
                throw ProblemException.badField("body", "the first line (the header) is longer than "
                        + MAX_HEADER_BYTES + " bytes");
            }
            line.write(b);
        }
        String s = line.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
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
        List<String> nameParts = new ArrayList<>();
        for (String column : layout.nameColumns()) {
            String part = get(r, column);
            if (part != null && layout.namePartSplit() != null) {
                for (String p : layout.namePartSplit().split(part)) {
                    if (!p.isBlank()) {
                        nameParts.add(p.strip());
                    }
                }
            } else if (part != null) {
                nameParts.add(part);
            }
        }
        String first = layout.nameColumns().get(0);
        String name = get(r, first) == null ? null : RowBuilder.join(" - ", nameParts.toArray(String[]::new));
        List<String> street = layout.streetColumns();
        String line1 = get(r, street.get(0));
        String line2 = RowBuilder.join(", ", street.subList(1, street.size()).stream().map(c -> get(r, c))
                .toArray(String[]::new));
        String city = get(r, layout.city());
        String state = RowBuilder.state(get(r, layout.state()));
        String zip = RowBuilder.zip(get(r, layout.zip()));
        Double lat = layout.latitude() == null ? null : RowBuilder.coordinate(get(r, layout.latitude()));
        Double lon = layout.longitude() == null ? null : RowBuilder.coordinate(get(r, layout.longitude()));
        String problem = name == null ? "no name (" + first + " is empty)" : RowBuilder.problem(name, city, state, lat, lon);
        if (problem != null) {
            return new Parsed.Rejected(line, problem);
        }
        DirectoryCodes.Mapped mapped = DirectoryCodes.Mapped.empty();
        Set<String> codes = RowBuilder.linked();
        String keys = get(r, layout.keys());
        if (keys != null) {
            for (String token : layout.keySeparator().split(keys)) {
                String code = token.strip();
                if (CODE.matcher(code).matches()) {
                    codes.add(code);
                    mapped.add(code);
                }
            }
        }
        if (mapped.levels().isEmpty()) {
            return new Parsed.Rejected(line, "no service code maps to a level of care (" + layout.keys() + ": "
                    + (keys == null ? "empty" : abbreviate(keys)) + ")");
        }
        return new Parsed.Row(DirectoryRow.of(line, name, line1, line2, city, state, zip, lat, lon,
                RowBuilder.phone(get(r, layout.phone())), null, layout.note() == null ? null : get(r, layout.note()),
                mapped, new ArrayList<>(codes)));
    }

    private String get(List<String> record, String column) {
        Integer i = column == null ? null : columns.get(column);
        return i == null || i >= record.size() ? null : RowBuilder.trimToNull(record.get(i));
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "...";
    }
}
