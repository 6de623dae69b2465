package org.carenetwork.insurance.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * "Today" for network checks and date-of-birth checks is the network's own calendar day: every
 * site is in Ohio, so a check at 9 pm in Toledo must not already be tomorrow's (UTC) answer.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId NETWORK_ZONE = ZoneId.of("America/New_York");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(NETWORK_ZONE);
    }
}
