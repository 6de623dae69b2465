package org.carenetwork.referral.domain;

/**
 * What the service's OpenAPI document says more than once: patterns, bounds and descriptions
 * shared by several fields and parameters, so they cannot drift apart.
 */
public final class ApiText {

    /** Who: the caller's JWT subject (for an API-key client, the client's name in the gateway's internal token). */
    public static final String SUBJECT = "The caller's identity: the JWT subject (for an API-key client, its client name).";
    public static final int SUBJECT_MAX = 255;

    /** Upper-case names: the pattern of a nullable enum property beside its reference. */
    public static final String ENUM_NAME = "^[A-Z_]+$";
    public static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    public static final String UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    /** What {@code @NotBlank} accepts: some character that {@code trim()} keeps. */
    public static final String NOT_BLANK = "[^\\x00-\\x20]";

    /** An Idempotency-Key, as common-web's Idempotency checks it. */
    public static final String IDEMPOTENCY_KEY_PATTERN = "^[A-Za-z0-9._:-]{8,200}$";

    /** A 10-digit US phone number as people write it. */
    public static final String PHONE = "(\\+?1[ .-]?)?\\(?[2-9][0-9]{2}\\)?[ .-]?[0-9]{3}[ .-]?[0-9]{4}";
    public static final String PHONE_PATTERN = "^" + PHONE + "$";
    /** An email address: one @, a dot in the domain, no spaces. */
    public static final String EMAIL = "[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+";
    public static final String EMAIL_PATTERN = "^" + EMAIL + "$";
    /** A BCP 47 language tag, as people's languages are given (`es`, `en-US`, `ase`). */
    public static final String LANGUAGE = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}";
    public static final String LANGUAGE_PATTERN = "^" + LANGUAGE + "$";
    /** 3 to 20 letters and digits once the spaces and dashes copied from a card are dropped. */
    public static final String MEMBER_ID = "[A-Za-z0-9]{3,20}";
    public static final String MEMBER_ID_INPUT_PATTERN = "^[ -]*([A-Za-z0-9][ -]*){3,20}$";

    public static final String PHI = "Personal health information protected by 42 CFR Part 2: shown only to the sender, "
            + "ADMISSIONS and CALL_CENTER, with the §2.32 notice (`part2Notice`), and every answer that carries it is "
            + "audited (one `phi_access` row per referral shown: who, when, how).";

    public static final int REASON_MAX = 2000;
    public static final int NOTE_MAX = 2000;
    public static final int NAME_MAX = 100;
    public static final int CONSENT_TEXT_MAX = 10000;
    public static final int FACILITY_NAME_MAX = 300;
    public static final int PAYER_MAX = 100;

    /*
     * Nullable properties of an enum or JDK type are written as "type: [string, null]" beside a
     * reference to their schema; the bound is repeated there for the tools that read the type alone.
     */
    public static final int PLAN_TYPE_MAX = 18;
    public static final int BUSINESS_STATUS_MAX = 16;
    public static final int REFERRAL_STATUS_MAX = 11;
    public static final int REASON_CODE_MAX = 26;
    public static final int NETWORK_STATUS_MAX = 14;
    public static final int UUID_MAX = 36;
    public static final int INSTANT_MAX = 40;

    private ApiText() {
    }
}
