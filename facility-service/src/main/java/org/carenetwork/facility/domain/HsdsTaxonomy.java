package org.carenetwork.facility.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.carenetwork.vocabulary.Condition;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.Medication;
import org.carenetwork.vocabulary.PaymentType;
import org.carenetwork.vocabulary.Population;

/**
 * The catalog's vocabularies as an HSDS taxonomy, one taxonomy per vocabulary and one term per
 * value: a term's {@code code} is the value as the API spells it ({@code IOP}), its id a name-based
 * UUID of {@code "carenet-hsds:" + taxonomy + ":" + code} and its URI
 * {@value #URI_BASE}{@code <taxonomy>/<code>}, so both stay the same in every answer and a reader of
 * our HSDS (the import included) can map a term back to the value. A term is written
 * {@code taxonomy:code} where one is named in a query ({@code level_of_care:IOP}): {@code CO_OCCURRING}
 * is both a population and a condition.
 */
public enum HsdsTaxonomy {

    LEVEL_OF_CARE("level_of_care", "Levels of care (ASAM Criteria), one per program.", LevelOfCare.class),
    POPULATION("population", "Groups a program is designed for.", Population.class),
    CONDITION("condition", "Conditions a program treats.", Condition.class),
    MEDICATION("medication", "FDA-approved medications for opioid and alcohol use disorder a program offers.",
            Medication.class),
    PAYMENT_TYPE("payment_type", "What a site accepts at all, as national directories record it.", PaymentType.class);

    public static final String URI_BASE = "https://carenet.example/hsds/taxonomies/";

    private static final Map<UUID, Term> BY_ID = new HashMap<>();
    private static final Map<String, Term> BY_KEY = new HashMap<>();

    static {
        for (HsdsTaxonomy taxonomy : values()) {
            for (Enum<?> value : taxonomy.vocabulary.getEnumConstants()) {
                Term term = new Term(taxonomy, value);
                BY_ID.put(term.id(), term);
                BY_KEY.put(term.key(), term);
            }
        }
    }

    private final String key;
    private final String description;
    private final Class<? extends Enum<?>> vocabulary;

    HsdsTaxonomy(String key, String description, Class<? extends Enum<?>> vocabulary) {
        this.key = key;
        this.description = description;
        this.vocabulary = vocabulary;
    }

    /** The taxonomy's name in HSDS ({@code taxonomy_term.taxonomy}) and in a query. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public UUID id() {
        return uuid("carenet-hsds:" + key);
    }

    public Term term(Enum<?> value) {
        if (!vocabulary.isInstance(value)) {
            throw new IllegalArgumentException(value + " is not a " + key);
        }
        return BY_KEY.get(key + ":" + value.name());
    }

    /** A term by its id, as an HSDS {@code taxonomy_term_id} names it. */
    public static Optional<Term> byId(UUID id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** A term by {@code taxonomy:code}, exactly as spelled ({@code level_of_care:IOP}). */
    public static Optional<Term> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** A term by its taxonomy's name and its code, exactly as spelled, as an HSDS term carries them. */
    public static Optional<Term> of(String taxonomy, String code) {
        return byKey(taxonomy + ":" + code);
    }

    /** Every term, taxonomy by taxonomy, in the vocabularies' order. */
    public static List<Term> all() {
        List<Term> all = new ArrayList<>();
        for (HsdsTaxonomy taxonomy : values()) {
            for (Enum<?> value : taxonomy.vocabulary.getEnumConstants()) {
                all.add(taxonomy.term(value));
            }
        }
        return Collections.unmodifiableList(all);
    }

    /** A name-based (version 3) UUID: the same text gives the same id, in every answer. */
    public static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** One term: a value of one vocabulary. */
    public record Term(HsdsTaxonomy taxonomy, Enum<?> value) {

        public String code() {
            return value.name();
        }

        /** {@code taxonomy:code}, as a query names the term. */
        public String key() {
            return taxonomy.key + ":" + value.name();
        }

        public UUID id() {
            return uuid("carenet-hsds:" + key());
        }

        public String uri() {
            return URI_BASE + taxonomy.key + "/" + value.name();
        }

        /** The value in words: a level as the catalog names it ("Intensive outpatient (IOP)"), else the value spelled out. */
        public String name() {
            if (value instanceof LevelOfCare level) {
                return LevelOfCareFacts.of(level).in(Language.EN).name();
            }
            String words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }

        public String description() {
            if (value instanceof LevelOfCare level) {
                return LevelOfCareFacts.of(level).in(Language.EN).description();
            }
            return name() + ": a " + taxonomy.key.replace('_', ' ') + " of the Care Network catalog. "
                    + taxonomy.description;
        }
    }
}
