package org.carenetwork.gateway.client;

/**
 * The services behind the gateway. {@code key} names the service's contract
 * (META-INF/contracts/&lt;key&gt;/openapi.json) and its settings ({@code quarkus.rest-client.<key>.url}).
 */
public enum Backend {
    FACILITY("facility-service", "facility service"),
    ASSESSMENT("assessment-service", "assessment service"),
    INSURANCE("insurance-service", "insurance service"),
    REFERRAL("referral-service", "referral service");

    private final String key;
    private final String spoken;

    Backend(String key, String spoken) {
        this.key = key;
        this.spoken = spoken;
    }

    public String key() {
        return key;
    }

    /** As an error message names it to a caller: "the facility service". */
    public String spoken() {
        return spoken;
    }
}
