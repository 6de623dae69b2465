package org.carenetwork.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every service reads the time from (tests may replace the bean). "Today" is the
 * network's own calendar day ({@code carenet.time-zone}, default America/New_York: every site is
 * in Ohio), so a network check at 9 pm in Toledo is not already tomorrow's (UTC) answer.
 */
@ApplicationScoped
public class Clocks {

    @ConfigProperty(name = "carenet.time-zone", defaultValue = "America/New_York")
    ZoneId zone;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(zone);
    }
}
