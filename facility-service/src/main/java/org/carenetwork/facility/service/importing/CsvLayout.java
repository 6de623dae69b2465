package org.carenetwork.facility.service.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carenetwork.facility.api.ImportResult;

/**
 * A national directory CSV layout, declared as a table of which column holds what; one reader
 * ({@link DirectoryCsv}) reads every layout. A layout is recognised by its required columns in the
 * header (the first layout whose required columns are all there); optional columns may be absent
 * (a file without coordinates is placed by ZIP code).
 *
 * @param nameColumns      the columns of the name's parts, in order (shown joined by " - ")
 * @param namePartSplit    within one name column, what separates its parts (null: none)
 * @param streetColumns    the street lines: the first is line 1, the others joined by ", " line 2
 * @param keySeparator     what separates the codes in the keys column
 * @param latitude         null when the layout has no coordinates
 */
record CsvLayout(ImportResult.Layout id, Charset charset, List<String> nameColumns, Pattern namePartSplit,
                 List<String> streetColumns, String city, String state, String zip, String phone, String note,
                 String keys, Pattern keySeparator, String latitude, String longitude, List<String> optional) {

    /** The 2015 N-SSATS directory (GeoDa's scrape): Latin-1, name in three parts, coordinates (which may be left out). */
    static final CsvLayout NSSATS_2015 = new CsvLayout(ImportResult.Layout.NSSATS_2015, StandardCharsets.ISO_8859_1,
            List.of("Name1", "Name2", "Name3"), null, List.of("Address1", "Address2", "Address3"), "City", "State",
            "ZIP_Code", "Contact", "Note", "Keys", Pattern.compile("/"), "Latitude", "Longitude",
            List.of("Name2", "Name3", "Address2", "Address3", "Contact", "Note", "Latitude", "Longitude"));

    /**
     * The later directory listing ({@code Year, Page, Center_name, ...}): one name column with "/"
     * between the parts, one street column, codes separated by spaces, no coordinates. Latin-1 like
     * the 2015 file (ASCII files read the same).
     */
    static final CsvLayout NSSATS_LATER = new CsvLayout(ImportResult.Layout.NSSATS_LATER, StandardCharsets.ISO_8859_1,
            List.of("Center_name"), Pattern.compile("\\s*/\\s*"), List.of("Street_address"), "City", "State",
            "Postal_code", "Phone", null, "Keys", Pattern.compile("\\s+"), null, null, List.of("Phone"));

    /** The known layouts, in the order they are tried. */
    static final List<CsvLayout> ALL = List.of(NSSATS_2015, NSSATS_LATER);

    CsvLayout {
        Objects.requireNonNull(id);
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("a layout has both coordinates or neither");
        }
    }

    /** Every column the layout reads. */
    List<String> columns() {
        List<String> all = new ArrayList<>(nameColumns);
        all.addAll(streetColumns);
        Stream.of(city, state, zip, phone, note, keys, latitude, longitude).filter(Objects::nonNull).forEach(all::add);
        return all;
    }

    /** The columns a header must have to be this layout. */
    List<String> required() {
        return columns().stream().filter(c -> !optional.contains(c)).toList();
    }

    boolean matches(Collection<String> header) {
        return header.containsAll(required());
    }

    /** The layout of this header, or null. */
    static CsvLayout detect(Collection<String> header) {
        return ALL.stream().filter(l -> l.matches(header)).findFirst().orElse(null);
    }

    /** What a 400 for an unknown header says: each layout and the columns it expects. */
    static String expected() {
        StringBuilder s = new StringBuilder("the header matches no known directory layout; expected ");
        for (int i = 0; i < ALL.size(); i++) {
            CsvLayout l = ALL.get(i);
            s.append(i == 0 ? "" : ", or ").append(l.id()).append(": ").append(String.join(",", l.required()));
            if (!l.optional().isEmpty()) {
                s.append(" (optional: ").append(String.join(",", l.optional())).append(')');
            }
        }
        return s.toString();
    }
}
