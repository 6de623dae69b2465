package org.carenetwork.facility.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carenetwork.vocabulary.LevelOfCare;

/**
 * What each level of care is, in words a person seeking care reads: the one table of these facts
 * in the suite ({@code GET /levels-of-care} serves it; the find-care page reads it from there).
 *
 * <p>Sources, per fact (docs/domain.md copies them with their references):
 * <ul>
 * <li>[ASAM] ASAM levels, settings, hours and days per week: domain.md "Levels of care", after The ASAM
 * Criteria, 3rd ed. (2013): 1 outpatient under 9 h/week; 2.1 intensive outpatient 9 or more h/week for adults
 * (6 or more for adolescents), under 20; 2.5 partial hospitalization 20 or more h/week; 3.x residential;
 * 4 medically managed intensive inpatient; 1-WM to 4-WM withdrawal management; OTP opioid treatment program.</li>
 * <li>[SEEDS] Days per week, hours per day, weeks, who a level is for: domain.md "Levels of care" (the network's
 * own pages: IOP 3–5 days, 3–4 h/day, 4–12 weeks, day or evening tracks; PHP 4–8 h/day, 5–7 days, home at
 * night; OP 1–3 days) and "Assessments / Level of care" (the seeds' criteria for IOP, PHP, residential or
 * inpatient, detox first).</li>
 * <li>[MAT] Medication for addiction treatment: domain.md (FDA-approved medication plus counseling;
 * buprenorphine, naltrexone, methadone through an OTP; overlays any level).</li>
 * </ul>
 * Hours are whole hours, both bounds included; null where the level has no such bound (24-hour care, or
 * a level whose schedule the sources do not fix).
 */
public record LevelOfCareFacts(
        LevelOfCare level,
        List<String> asamLevels,
        LivingSituation livingSituation,
        boolean roundTheClock,
        Integer hoursPerWeekMin,
        Integer hoursPerWeekMax,
        Integer daysPerWeekMin,
        Integer daysPerWeekMax,
        Map<Language, Words> words) {

    /** The facts said in one language. */
    public record Words(String name, String livingSituation, String whoFor, String description) {
    }

    /** The texts in the language asked for. */
    public Words in(Language language) {
        return words.get(language);
    }

    private static final Map<LevelOfCare, LevelOfCareFacts> TABLE = new EnumMap<>(LevelOfCare.class);

    static {
        // [ASAM] 1-WM..4-WM, ambulatory or 24/7; [SEEDS] detox first when withdrawal is likely or dangerous.
        add(new LevelOfCareFacts(LevelOfCare.DETOX, List.of("1-WM", "2-WM", "3.2-WM", "3.7-WM", "4-WM"),
                LivingSituation.HOME_OR_FACILITY, false, null, null, null, null, Map.of(
                Language.EN, new Words("Withdrawal management (medical detox)",
                        "At a facility around the clock, or at home with regular visits",
                        "People whose withdrawal is likely or dangerous (alcohol, benzodiazepines, opioids). It comes "
                                + "first, before the next level of care.",
                        "Medical staff help the body through withdrawal safely, with medication when needed, and plan "
                                + "the treatment that follows."),
                Language.ES, new Words("Manejo de la abstinencia (desintoxicación médica)",
                        "En un centro las 24 horas, o en casa con visitas regulares",
                        "Personas cuya abstinencia es probable o peligrosa (alcohol, benzodiacepinas, opioides). Va "
                                + "primero, antes del siguiente nivel de atención.",
                        "Personal médico ayuda a pasar la abstinencia de forma segura, con medicamentos cuando hace "
                                + "falta, y planifica el tratamiento que sigue."))));
        // [ASAM] 4, hospital, 24/7; [SEEDS] medical or psychiatric instability.
        add(new LevelOfCareFacts(LevelOfCare.INPATIENT, List.of("4"), LivingSituation.HOSPITAL, true, null, null, 7, 7,
                Map.of(
                Language.EN, new Words("Medically managed intensive inpatient", "In a hospital, 24 hours a day",
                        "People whose medical or psychiatric condition is unstable and needs doctors and nurses around "
                                + "the clock.",
                        "Hospital care with physicians and nurses 24 hours a day, for the most severe needs."),
                Language.ES, new Words("Hospitalización con manejo médico intensivo", "En un hospital, las 24 horas",
                        "Personas con una condición médica o psiquiátrica inestable que necesitan médicos y enfermería "
                                + "las 24 horas.",
                        "Atención en un hospital, con médicos y enfermería las 24 horas, para las necesidades más "
                                + "graves."))));
        // [ASAM] 3.1, 3.3, 3.5, 3.7 (3.3 as the catalog's ProgramRules accept it), lives at the facility 24/7;
        // [SEEDS] severe use, instability, an unsafe home.
        add(new LevelOfCareFacts(LevelOfCare.RESIDENTIAL, List.of("3.1", "3.3", "3.5", "3.7"), LivingSituation.FACILITY,
                true, null, null, 7, 7, Map.of(
                Language.EN, new Words("Residential treatment", "Lives at the facility, 24 hours a day",
                        "People with severe use, or a home that is not safe for recovery, who need a structured place "
                                + "to live while in treatment, but not a hospital.",
                        "A home-like setting with staff day and night, therapy and groups every day, and time to build "
                                + "the skills for recovery."),
                Language.ES, new Words("Tratamiento residencial", "Vive en el centro, las 24 horas",
                        "Personas con un consumo grave, o con un hogar que no es seguro para la recuperación, que "
                                + "necesitan un lugar estructurado donde vivir durante el tratamiento, pero no un hospital.",
                        "Un entorno parecido a un hogar, con personal de día y de noche, terapia y grupos todos los "
                                + "días, y tiempo para aprender las habilidades de la recuperación."))));
        // [ASAM] 2.5, 20 or more h/week; [SEEDS] 4–8 h/day, 5–7 days, home at night, daily structure.
        add(new LevelOfCareFacts(LevelOfCare.PHP, List.of("2.5"), LivingSituation.HOME, false, ProgramRules.PHP_MIN_HOURS,
                null, 5, 7, Map.of(
                Language.EN, new Words("Partial hospitalization (PHP)", "Treatment during the day, home at night",
                        "People who need daily structure and close care but can safely go home at night.",
                        "Treatment for most of the day, 4 to 8 hours, 5 to 7 days a week: 20 hours a week or more."),
                Language.ES, new Words("Hospitalización parcial (PHP)", "Tratamiento durante el día, en casa por la noche",
                        "Personas que necesitan estructura diaria y atención cercana, pero pueden volver a casa por la "
                                + "noche de forma segura.",
                        "Tratamiento la mayor parte del día, de 4 a 8 horas, de 5 a 7 días por semana: 20 horas por "
                                + "semana o más."))));
        // [ASAM] 2.1, 9 to under 20 h/week for adults (6 or more for adolescents);
        // [SEEDS] 3–5 days, 3–4 h/day, day or evening tracks, 4–12 weeks, the seeds' IOP criteria.
        add(new LevelOfCareFacts(LevelOfCare.IOP, List.of("2.1"), LivingSituation.HOME, false, 9,
                ProgramRules.PHP_MIN_HOURS - 1, 3, 5, Map.of(
                Language.EN, new Words("Intensive outpatient (IOP)", "Lives at home, with day or evening sessions",
                        "People who are medically stable, have a supportive home and a low risk of immediate relapse or "
                                + "self-harm, and want to keep working or going to school.",
                        "Sessions of 3 to 4 hours, 3 to 5 days a week (9 to 19 hours a week for adults, 6 or more for "
                                + "adolescents), usually for 4 to 12 weeks."),
                Language.ES, new Words("Tratamiento ambulatorio intensivo (IOP)", "Vive en casa, con sesiones de día o de noche",
                        "Personas médicamente estables, con un hogar que las apoya y bajo riesgo de recaída inmediata o "
                                + "de hacerse daño, que quieren seguir trabajando o estudiando.",
                        "Sesiones de 3 a 4 horas, de 3 a 5 días por semana (de 9 a 19 horas por semana para adultos, 6 o "
                                + "más para adolescentes), por lo general de 4 a 12 semanas."))));
        // [ASAM] 1, under 9 h/week; [SEEDS] 1–3 days.
        add(new LevelOfCareFacts(LevelOfCare.OP, List.of("1"), LivingSituation.HOME, false, null, 8, 1, 3, Map.of(
                Language.EN, new Words("Outpatient (OP)", "Lives at home",
                        "People whose needs are milder, or who are stepping down from a more intensive level of care.",
                        "Counseling and therapy sessions, fewer than 9 hours a week, 1 to 3 days a week."),
                Language.ES, new Words("Tratamiento ambulatorio (OP)", "Vive en casa",
                        "Personas con necesidades más leves, o que pasan de un nivel de atención más intensivo a uno "
                                + "menor.",
                        "Sesiones de consejería y terapia, menos de 9 horas por semana, de 1 a 3 días por semana."))));
        // [MAT] medication plus counseling, overlays any level; [ASAM] OTP for methadone.
        add(new LevelOfCareFacts(LevelOfCare.MAT, List.of("OTP"), LivingSituation.WITH_ANY_LEVEL, false, null, null,
                null, null, Map.of(
                Language.EN, new Words("Medication for addiction treatment (MAT)", "Together with any level of care",
                        "People with an opioid or alcohol use disorder. It can be added to any level of care.",
                        "FDA-approved medication (buprenorphine, naltrexone, or methadone through an opioid treatment "
                                + "program) together with counseling."),
                Language.ES, new Words("Medicamentos para el tratamiento de la adicción (MAT)",
                        "Junto con cualquier nivel de atención",
                        "Personas con un trastorno por consumo de opioides o de alcohol. Se puede sumar a cualquier "
                                + "nivel de atención.",
                        "Medicamentos aprobados por la FDA (buprenorfina, naltrexona, o metadona en un programa de "
                                + "tratamiento de opioides) junto con consejería."))));
    }

    private static void add(LevelOfCareFacts facts) {
        TABLE.put(facts.level(), facts);
    }

    /** The facts of a level. */
    public static LevelOfCareFacts of(LevelOfCare level) {
        return TABLE.get(level);
    }

    /** Every level's facts, in the vocabulary's order (from the most to the least intensive, MAT last). */
    public static List<LevelOfCareFacts> all() {
        return List.copyOf(TABLE.values());
    }
}
