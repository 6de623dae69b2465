package org.carenetwork.insurance.domain;

/**
 * What the service's OpenAPI document says more than once: patterns and descriptions shared by
 * several fields and parameters, so they cannot drift apart.
 */
public final class ApiText {

    /** Our payer ids, as the payer table's check constraint has them. */
    public static final String PAYER_ID_PATTERN = "^[a-z0-9-]{2,64}$";

    /** A payer named by a caller: our id, or exactly one of its names or aliases. */
    public static final String PAYER_NAMED = "The payer: our id from `GET /payers` (`aetna`), or exactly one of its names "
            + "or aliases (`BCBS`, `Ohio Medicaid`), ignoring case, punctuation and spacing. Fuzzy matching is for "
            + "`GET /payers?q=` only, so an answer never rests on a guess.";

    /**
     * Who made a change: the JWT subject (upn) of the caller. The issuer's user names and client
     * names are far shorter; the bound is what the gateway's tokens carry.
     */
    public static final String SUBJECT = "Who made the change: the caller's JWT subject.";
    public static final int SUBJECT_MAX = 255;

    /**
     * A text the form takes as absent when blank (Java's {@code isBlank}), else trimmed of the
     * control characters and spaces {@code trim()} drops. Written out rather than {@code \s},
     * which ECMA-262 and Java read differently.
     */
    static final String BLANK = "[\\x00-\\x20\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]*";
    static final String TRIMMED = "[\\x00-\\x20]*";
    static final String JAVA_SPACE = " \\t\\n\\x0B\\f\\r";

    /**
     * A NANP number as people write it: an optional +1 or 1, the area code (2-9 first, not an N11
     * service code such as 911), the exchange (2-9 first) and four digits, with the usual spaces,
     * dots, dashes and parentheses. No look-ahead, so ECMA-262 and Java read it alike.
     */
    public static final String PHONE_AS_WRITTEN = "(\\+?1[ .-]?)?\\(?[2-9](1[02-9]|[02-9][0-9])\\)?[ .-]?[2-9][0-9]{2}[ .-]?[0-9]{4}";
    private static final String EMAIL = "[^@" + JAVA_SPACE + "]{1,64}@[^@" + JAVA_SPACE + ".]+(\\.[^@" + JAVA_SPACE + ".]+)+";

    /** FormRules' US phone number, or blank (absent). */
    public static final String PHONE_PATTERN = "^(" + BLANK + "|" + TRIMMED + PHONE_AS_WRITTEN + TRIMMED + ")$";
    /** A phone number as stored and shown: E.164, +1 and the ten digits. */
    public static final String PHONE_STORED = "^\\+1[2-9][0-9]{9}$";

    /**
     * Every instant of a coverage request's answers: UTC, to the millisecond, always three
     * decimals (Jackson alone writes 0, 3, 6 or 9 as the value happens to have).
     */
    public static final String INSTANT_FORMAT = "uuuu-MM-dd'T'HH:mm:ss.SSS'Z'";
    public static final String INSTANT_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$";
    public static final String INSTANT = "UTC, to the millisecond (`2026-11-22T14:03:05.123Z`).";

    /** A user as the JWT names them (its subject): printable ASCII without spaces. */
    public static final String SUBJECT_PATTERN = "^[!-~]{1,255}$";

    /** The largest amount of money a verified benefit takes, in dollars. */
    public static final String MONEY_MAX = "1000000";

    /** FormRules' email address, or blank (absent). */
    public static final String EMAIL_PATTERN = "^(" + BLANK + "|" + TRIMMED + EMAIL + TRIMMED + ")$";
    /** An email address as stored: checked and trimmed. */
    public static final String EMAIL_STORED = "^" + EMAIL + "$";

    /** Upper-case names: the pattern of a nullable enum property beside its reference (see below). */
    public static final String ENUM_NAME = "^[A-Z_]+$";
    public static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    public static final String UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    /** 3 to 20 letters and digits once the spaces and dashes copied from a card are dropped. */
    public static final String MEMBER_ID_PATTERN = "^[" + JAVA_SPACE + "-]*([A-Za-z0-9][" + JAVA_SPACE + "-]*){3,20}$";

    /** What {@code @NotBlank} accepts: some character that {@code trim()} keeps. */
    public static final String NOT_BLANK = "[^\\x00-\\x20]";

    /** An Idempotency-Key, as common-web's Idempotency checks it. */
    public static final String IDEMPOTENCY_KEY_PATTERN = "^[A-Za-z0-9._:-]{8,200}$";

    public static final String PHI = "Personal health information: only ADMISSIONS and CALL_CENTER see it, and every "
            + "answer that carries it is audited (one `phi_access` row per request shown: who, when, which request id).";

    /*
     * Nullable properties of an enum or JDK type are written as "type: [string, null]" beside a
     * reference to their schema; the bound is repeated there for the tools that read the type alone.
     */
    public static final int PLAN_TYPE_MAX = 18;
    public static final int LEVEL_OF_CARE_MAX = 11;
    public static final int COVERAGE_STATUS_MAX = 11;
    public static final int UUID_MAX = 36;

    private ApiText() {
    }
}
