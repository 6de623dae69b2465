package org.carenetwork.facility.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of facility-service ({@code carenet.facility.*}); the README lists them. */
@ConfigMapping(prefix = "carenet.facility")
public interface FacilityConfig {

    /** Openings not confirmed for longer than this are reported with {@code openingsStale: true}. */
    @WithDefault("PT48H")
    Duration openingsMaxAge();

    /** {@code Cache-Control: max-age} of the anonymous reads; short, because openings change. */
    @WithDefault("PT30S")
    Duration cacheMaxAge();

    /** Rows an import writes per statement; bounds the memory an import holds. */
    @WithDefault("500")
    int importBatchSize();

    /**
     * A search counts its matches exactly up to this many; past it, {@code total} is an estimate
     * ({@code totalIsEstimate: true}). The contract names the default, 1,000; tests set a small one.
     */
    @WithDefault("1000")
    int exactTotalCap();

    /**
     * The public base of the FHIR provider directory, as partners call it through the gateway: the
     * absolute {@code fullUrl} of every Bundle entry starts with it (FHIR requires an absolute one).
     */
    @WithDefault("https://api.carenet.example/api/v1/fhir")
    String fhirBaseUrl();
}
