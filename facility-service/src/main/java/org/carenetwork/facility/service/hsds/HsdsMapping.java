package org.carenetwork.facility.service.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carenetwork.facility.api.FacilityView;
import org.carenetwork.facility.api.Hsds;
import org.carenetwork.facility.api.ProgramView;
import org.carenetwork.facility.domain.HsdsTaxonomy;
import org.carenetwork.facility.domain.PhoneStatus;
import org.carenetwork.vocabulary.PaymentType;
import org.carenetwork.vocabulary.Population;
import org.carenetwork.vocabulary.Schedule;

/**
 * A facility and one of its programs as HSDS 3.0 objects. The ids of the objects inside a service
 * are name-based UUIDs of their owner's id and what they are ({@code <service id>:schedule:EVENING}),
 * so every read gives the same ids.
 */
final class HsdsMapping {

    private static final Pattern PHONE = Pattern.compile("^(\\+1-\\d{3}-\\d{3}-\\d{4})(?: x(\\d{1,6}))?$");

    private HsdsMapping() {
    }

    static Hsds.Service service(FacilityView site, ProgramView program, UUID id) {
        HsdsTaxonomy.Term level = HsdsTaxonomy.LEVEL_OF_CARE.term(program.levelOfCare());
        Hsds.Location location = location(site);
        List<Hsds.Attribute> attributes = new ArrayList<>();
        attributes.add(attribute(id, "service", level));
        program.populations().forEach(p -> attributes.add(attribute(id, "service", HsdsTaxonomy.POPULATION.term(p))));
        program.conditions().forEach(c -> attributes.add(attribute(id, "service", HsdsTaxonomy.CONDITION.term(c))));
        program.medications().forEach(m -> attributes.add(attribute(id, "service", HsdsTaxonomy.MEDICATION.term(m))));
        List<Hsds.CostOption> costs = new ArrayList<>();
        for (PaymentType payment : site.paymentTypes()) {
            HsdsTaxonomy.Term term = HsdsTaxonomy.PAYMENT_TYPE.term(payment);
            UUID costId = child(id, "cost_option:" + payment.name());
            costs.add(new Hsds.CostOption(costId, id, term.name(), List.of(attribute(costId, "cost_option", term))));
        }
        List<Hsds.ServiceSchedule> schedules = program.schedules().stream().map(s -> schedule(id, s)).toList();
        List<Hsds.Phone> phones = phone(site.phone(), child(id, "phone"), null, id, null);
        return new Hsds.Service(id, organizationId(site), site.name() + ": " + level.name(), description(program, level),
                site.website(), site.closed() ? "inactive" : "active", fees(site.paymentTypes()),
                site.accreditations().isEmpty() ? null : String.join("; ", site.accreditations()),
                eligibility(program.populations()),
                site.phoneStatus() == PhoneStatus.DISCONNECTED ? "The phone number this site listed was found "
                        + "disconnected; it is withheld until the listing has another." : null,
                site.updatedAt(), phones, schedules,
                List.of(new Hsds.ServiceArea(child(id, "service_area"), id, site.address().state(),
                        "The site's state, " + site.address().state() + "; the catalog records no narrower area.")),
                List.of(new Hsds.ServiceAtLocation(child(id, "service_at_location"), id, location.id(), location)),
                languages(site.languages(), id, null, id), organization(site), costs, attributes);
    }

    static Hsds.Location location(FacilityView site) {
        FacilityView.Address a = site.address();
        List<Hsds.Address> address = List.of(new Hsds.Address(child(site.id(), "address"), site.id(),
                a.line1() == null ? "" : a.line1(), a.line2(), a.city(), a.state(),
                a.postalCode() == null ? "" : a.postalCode(), "US", "physical"));
        return new Hsds.Location(site.id(), "physical", organizationId(site), site.name(), site.note(),
                site.location() == null ? null : site.location().lat(), site.location() == null ? null : site.location().lon(),
                languages(site.languages(), site.id(), site.id(), null), address,
                phone(site.phone(), child(site.id(), "phone"), site.id(), null, null));
    }

    /** The organization a listing without a brand has: the site itself, under its id. */
    static Hsds.Organization organization(FacilityView site) {
        if (site.organization() != null) {
            return organization(site.organization().id(), site.organization().name(), null, null, true);
        }
        return organization(site.id(), site.name(), site.website(), site.phone(), false);
    }

    static Hsds.Organization organization(UUID id, String name, String website, String phone, boolean brand) {
        String description = brand ? name + ": an organization (brand) of the Care Network, which runs its sites."
                : name + ": a site listed without an organization; it is its own organization here.";
        return new Hsds.Organization(id, name, description, website, phone == null ? null
                : phone(phone, child(id, "organization_phone"), null, null, id));
    }

    private static UUID organizationId(FacilityView site) {
        return site.organization() != null ? site.organization().id() : site.id();
    }

    private static String description(ProgramView program, HsdsTaxonomy.Term level) {
        StringBuilder d = new StringBuilder(level.description());
        if (program.asamLevel() != null) {
            d.append(" ASAM level ").append(program.asamLevel()).append('.');
        }
        if (program.hoursPerWeek() != null) {
            d.append(" ").append(program.hoursPerWeek().stripTrailingZeros().toPlainString()).append(" hours a week.");
        }
        if (!program.therapies().isEmpty()) {
            d.append(" Therapies: ").append(words(program.therapies())).append('.');
        }
        if (!program.conditions().isEmpty()) {
            d.append(" Treats: ").append(words(program.conditions())).append('.');
        }
        if (!program.medications().isEmpty()) {
            d.append(" Medications: ").append(words(program.medications())).append('.');
        }
        return d.toString();
    }

    private static String fees(List<PaymentType> payments) {
        if (payments.isEmpty()) {
            return null;
        }
        return "Accepts: " + words(payments) + ".";
    }

    private static String eligibility(List<Population> populations) {
        return populations.isEmpty() ? null : "Designed for: " + words(populations) + ".";
    }

    private static String words(List<? extends Enum<?>> values) {
        List<String> words = new ArrayList<>();
        for (Enum<?> v : values) {
            words.add(v.name().replace('_', ' ').toLowerCase(Locale.ROOT));
        }
        return String.join(", ", words);
    }

    private static Hsds.ServiceSchedule schedule(UUID service, Schedule schedule) {
        return switch (schedule) {
            case DAY -> new Hsds.ServiceSchedule(child(service, "schedule:DAY"), service, "WEEKLY", "MO",
                    "MO,TU,WE,TH,FR", "Daytime sessions on weekdays");
            case EVENING -> new Hsds.ServiceSchedule(child(service, "schedule:EVENING"), service, "WEEKLY", "MO",
                    "MO,TU,WE,TH,FR", "Evening sessions on weekdays");
            case WEEKEND -> new Hsds.ServiceSchedule(child(service, "schedule:WEEKEND"), service, "WEEKLY", "MO",
                    "SA,SU", "Weekend sessions");
        };
    }

    private static List<Hsds.Language> languages(List<String> codes, UUID owner, UUID location, UUID service) {
        List<Hsds.Language> languages = new ArrayList<>();
        for (String code : codes) {
            languages.add(new Hsds.Language(child(owner, "language:" + code), service, location, languageName(code), code));
        }
        return languages;
    }

    static String languageName(String code) {
        if (code.equals("ase")) {
            return "American Sign Language";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    private static List<Hsds.Phone> phone(String phone, UUID id, UUID location, UUID service, UUID organization) {
        if (phone == null) {
            return List.of();
        }
        Matcher m = PHONE.matcher(phone);
        if (m.matches()) {
            return List.of(new Hsds.Phone(id, location, service, organization, m.group(1),
                    m.group(2) == null ? null : Integer.valueOf(m.group(2)), "voice"));
        }
        return List.of(new Hsds.Phone(id, location, service, organization, phone, null, "voice"));
    }

    private static Hsds.Attribute attribute(UUID owner, String entity, HsdsTaxonomy.Term term) {
        return new Hsds.Attribute(child(owner, "attribute:" + term.key()), owner, entity, term.id(), taxonomyTerm(term));
    }

    static Hsds.TaxonomyTerm taxonomyTerm(HsdsTaxonomy.Term term) {
        return new Hsds.TaxonomyTerm(term.id(), term.code(), term.name(), term.description(), term.taxonomy().key(),
                term.taxonomy().id(), term.uri());
    }

    private static UUID child(UUID owner, String what) {
        return HsdsTaxonomy.uuid(owner + ":" + what);
    }
}
