package org.carenetwork.facility.service.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carenetwork.facility.domain.HsdsTaxonomy;
import org.carenetwork.facility.domain.LocationPrecision;
import org.carenetwork.vocabulary.Condition;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.Medication;
import org.carenetwork.vocabulary.PaymentType;
import org.carenetwork.vocabulary.Population;

/**
 * An Open Referral HSDS 3.0 dataset of services, as {@code GET /hsds/services} answers it: an HSDA
 * page ({@code {"contents": [...]}}, its other fields ignored) or the bare array of services. Each
 * service is one program: its level of care, populations, conditions and medications are the terms
 * of the catalog's taxonomy among its {@code attributes} ({@code taxonomy_term.taxonomy} and
 * {@code code}, or a {@code taxonomy_term_id} of ours), its payment types those of its (and its cost
 * options') attributes; its site is {@code service_at_locations[0].location} (name, first address,
 * coordinates, first phone, languages). Consecutive services at one location (the same location id,
 * or name and address) make one listing, as the export writes them; a site listed again further on
 * is the import's duplicate. Terms of other taxonomies are kept in {@code directoryCodes} as
 * {@code taxonomy: code}. A rejection's line is the service's position in {@code contents}, from 1.
 */
final class HsdsJson implements Iterator<Parsed> {

    private final JsonArrayStream contents;
    /** Position of the last service read, from 1. */
    private long index;
    /** The service read ahead (the first of the next site; null when it is no object), with its position. */
    private boolean ahead;
    private JsonNode aheadNode;
    private long aheadIndex;
    private final Deque<Parsed> out = new ArrayDeque<>();

    HsdsJson(InputStream body, ObjectMapper json) {
        this.contents = new JsonArrayStream(body, json, "contents", "service", "an HSDS dataset",
                "an HSDA page ({\"contents\": [...]}) or an array of services");
    }

    @Override
    public boolean hasNext() {
        return !out.isEmpty() || ahead || contents.hasNext();
    }

    @Override
    public Parsed next() {
        if (out.isEmpty()) {
            fill();
        }
        if (out.isEmpty()) {
            throw new NoSuchElementException();
        }
        return out.poll();
    }

    /** Reads the next site's services (one or more in a row) into {@link #out}. */
    private void fill() {
        JsonNode node = aheadNode;
        long at = aheadIndex;
        if (ahead) {
            ahead = false;
            aheadNode = null;
        } else {
            if (!contents.hasNext()) {
                return;
            }
            node = read();
            at = index;
        }
        Service first = Service.of(node);
        if (first.rejection != null) {
            out.add(new Parsed.Rejected(at, first.rejection));
            return;
        }
        Site site = new Site(at, first);
        List<Long> without = new ArrayList<>();
        if (first.levels.isEmpty()) {
            without.add(at);
        }
        while (contents.hasNext()) {
            JsonNode next = read();
            Service s = Service.of(next);
            if (s.rejection != null || !s.locationKey.equals(first.locationKey)) {
                ahead = true;
                aheadNode = next;
                aheadIndex = index;
                break;
            }
            if (s.levels.isEmpty()) {
                without.add(index);
            }
            site.add(s);
        }
        if (!site.levels.isEmpty()) {
            out.add(site.parsed());
        }
        for (long line : without) {
            out.add(new Parsed.Rejected(line, "no taxonomy term maps to a level of care (level_of_care: one of "
                    + java.util.Arrays.toString(LevelOfCare.values()) + ")"));
        }
    }

    /** The next element of {@code contents} (null when it is no object); a body that breaks off is refused whole. */
    private JsonNode read() {
        JsonNode node = contents.next();
        index = contents.index();
        return node;
    }

    /** What one service says about its site and its program. */
    private static final class Service {
        String rejection;
        String locationKey;
        String name;
        String line1;
        String line2;
        String city;
        String state;
        String zip;
        Double lat;
        Double lon;
        String phone;
        String website;
        String note;
        final Set<LevelOfCare> levels = EnumSet.noneOf(LevelOfCare.class);
        final Set<Population> populations = EnumSet.noneOf(Population.class);
        final Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        final Set<Medication> medications = EnumSet.noneOf(Medication.class);
        final Set<PaymentType> payments = EnumSet.noneOf(PaymentType.class);
        final Set<String> languages = new LinkedHashSet<>();
        final Set<String> codes = new LinkedHashSet<>();

        static Service of(JsonNode s) {
            Service service = new Service();
            if (s == null) {
                service.rejection = "a service must be an object";
                return service;
            }
            JsonNode location = s.path("service_at_locations").path(0).path("location");
            if (!location.isObject()) {
                service.rejection = "no location (service_at_locations[0].location)";
                return service;
            }
            JsonNode address = location.path("addresses").path(0);
            for (JsonNode a : location.path("addresses")) {
                if ("physical".equals(text(a, "address_type"))) {
                    address = a;
                    break;
                }
            }
            service.name = RowBuilder.trimToNull(text(location, "name"));
            if (service.name == null) {
                service.name = RowBuilder.trimToNull(text(s.path("organization"), "name"));
            }
            service.line1 = text(address, "address_1");
            service.line2 = text(address, "address_2");
            service.city = text(address, "city");
            service.state = RowBuilder.state(text(address, "state_province"));
            String rawZip = text(address, "postal_code");
            service.zip = RowBuilder.zip(rawZip);
            service.lat = coordinate(location.get("latitude"));
            service.lon = coordinate(location.get("longitude"));
            String problem = RowBuilder.problem(service.name, service.city, service.state, service.lat, service.lon);
            if (problem == null && rawZip != null && service.zip == null) {
                problem = "postal_code '" + org.carenetwork.common.problem.Enums.shown(rawZip) + "' is not a US ZIP code";
            }
            if (problem != null) {
                service.rejection = problem;
                return service;
            }
            String id = text(location, "id");
            service.locationKey = id != null ? "id:" + id : SiteKey.of(service.name, service.line1,
                    service.line2, service.city, service.state, service.zip);
            service.phone = phone(location.path("phones").path(0));
            if (service.phone == null) {
                service.phone = phone(s.path("phones").path(0));
            }
            service.website = text(s, "url");
            if (service.website == null) {
                service.website = text(s.path("organization"), "website");
            }
            if (service.website != null && !service.website.matches("(?i)https?://\\S+")) {
                service.website = null;
            }
            service.note = text(location, "description");
            for (JsonNode language : location.path("languages")) {
                service.language(text(language, "code"));
            }
            for (JsonNode language : s.path("languages")) {
                service.language(text(language, "code"));
            }
            for (JsonNode attribute : s.path("attributes")) {
                service.term(attribute);
            }
            for (JsonNode cost : s.path("cost_options")) {
                for (JsonNode attribute : cost.path("attributes")) {
                    service.term(attribute);
                }
            }
            return service;
        }

        private void language(String code) {
            if (code != null && code.matches("(?i)[a-z]{2,3}")) {
                languages.add(code.toLowerCase(java.util.Locale.ROOT));
            }
        }

        /** One attribute: a term of ours (by taxonomy and code, or by id), else kept as a code. */
        private void term(JsonNode attribute) {
            JsonNode t = attribute.path("taxonomy_term");
            String taxonomy = text(t, "taxonomy");
            String code = text(t, "code");
            Optional<HsdsTaxonomy.Term> ours = taxonomy != null && code != null ? HsdsTaxonomy.of(taxonomy, code)
                    : Optional.empty();
            if (ours.isEmpty()) {
                String id = text(attribute, "taxonomy_term_id");
                if (id == null) {
                    id = text(t, "id");
                }
                if (id != null) {
                    try {
                        ours = HsdsTaxonomy.byId(UUID.fromString(id));
                    } catch (IllegalArgumentException notAUuid) {
                        ours = Optional.empty();
                    }
                }
            }
            if (ours.isPresent()) {
                HsdsTaxonomy.Term term = ours.get();
                switch (term.taxonomy()) {
                    case LEVEL_OF_CARE -> levels.add((LevelOfCare) term.value());
                    case POPULATION -> populations.add((Population) term.value());
                    case CONDITION -> conditions.add((Condition) term.value());
                    case MEDICATION -> medications.add((Medication) term.value());
                    case PAYMENT_TYPE -> payments.add((PaymentType) term.value());
                }
                codes.add(term.key());
                return;
            }
            String label = code != null ? code : text(t, "name");
            if (label != null) {
                codes.add(taxonomy == null ? label : taxonomy + ": " + label);
            }
        }

        private static String phone(JsonNode phone) {
            String number = text(phone, "number");
            if (number == null) {
                return null;
            }
            String extension = text(phone, "extension");
            return RowBuilder.phone(extension == null ? number : number + " x" + extension.replaceAll("\\.0+$", ""));
        }

        private static Double coordinate(JsonNode v) {
            if (v == null || v.isNull()) {
                return null;
            }
            return v.isNumber() ? v.asDouble() : RowBuilder.coordinate(v.asText());
        }
    }

    /** A site: the services read in a row at one location. */
    private static final class Site {
        final long line;
        final Service first;
        final Set<LevelOfCare> levels = EnumSet.noneOf(LevelOfCare.class);
        final Set<Population> populations = EnumSet.noneOf(Population.class);
        final Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        final Set<Medication> medications = EnumSet.noneOf(Medication.class);
        final Set<PaymentType> payments = EnumSet.noneOf(PaymentType.class);
        final Set<String> languages = new LinkedHashSet<>();
        final Set<String> codes = new LinkedHashSet<>();

        Site(long line, Service first) {
            this.line = line;
            this.first = first;
            add(first);
        }

        void add(Service s) {
            levels.addAll(s.levels);
            populations.addAll(s.populations);
            conditions.addAll(s.conditions);
            medications.addAll(s.medications);
            payments.addAll(s.payments);
            languages.addAll(s.languages);
            codes.addAll(s.codes);
        }

        Parsed parsed() {
            Service f = first;
            return new Parsed.Row(new DirectoryRow(line,
                    SiteKey.of(f.name, f.line1, f.line2, f.city, f.state, f.zip),
                    f.name, f.line1, f.line2, f.city, f.state, f.zip, f.lat, f.lon,
                    f.lat == null ? null : LocationPrecision.DIRECTORY, f.phone, f.website, f.note,
                    payments, languages, new ArrayList<>(codes), levels, populations, conditions, medications));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : RowBuilder.trimToNull(v.asText());
    }
}
