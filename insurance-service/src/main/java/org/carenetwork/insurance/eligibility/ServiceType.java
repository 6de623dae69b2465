package org.carenetwork.insurance.eligibility;

import java.util.List;
import org.carenetwork.insurance.LevelOfCare;

/** X12 service type codes (EQ01 in a 270, EB03 in a 271) for behavioral health, from domain.md. */
public enum ServiceType {
    HEALTH_BENEFIT_PLAN_COVERAGE("30"),
    SUBSTANCE_ABUSE("AI"),
    ALCOHOLISM("AJ"),
    DRUG_ADDICTION("AK"),
    SUBSTANCE_ABUSE_FACILITY_INPATIENT("CI"),
    SUBSTANCE_ABUSE_FACILITY_OUTPATIENT("CJ"),
    MENTAL_HEALTH("MH"),
    PSYCHIATRIC_INPATIENT("A7"),
    PSYCHIATRIC_OUTPATIENT("A8"),
    PSYCHIATRIC_PARTIAL_HOSPITALIZATION("BB"),
    RESIDENTIAL_PSYCHIATRIC_TREATMENT("RT");

    public final String code;

    ServiceType(String code) {
        this.code = code;
    }

    /**
     * What to ask a payer about for a level of care: always the plan's general coverage (30, which
     * every payer must answer) and substance abuse (AI), plus the code closest to the setting.
     * No level: the general questions only.
     */
    public static List<ServiceType> forLevel(LevelOfCare level) {
        if (level == null) {
            return List.of(HEALTH_BENEFIT_PLAN_COVERAGE, SUBSTANCE_ABUSE);
        }
        ServiceType setting = switch (level) {
            case DETOX, INPATIENT -> SUBSTANCE_ABUSE_FACILITY_INPATIENT;
            case RESIDENTIAL -> RESIDENTIAL_PSYCHIATRIC_TREATMENT;
            case PHP -> PSYCHIATRIC_PARTIAL_HOSPITALIZATION;
            case IOP, OP -> SUBSTANCE_ABUSE_FACILITY_OUTPATIENT;
            case MAT -> DRUG_ADDICTION;
        };
        return List.of(HEALTH_BENEFIT_PLAN_COVERAGE, SUBSTANCE_ABUSE, setting);
    }
}
