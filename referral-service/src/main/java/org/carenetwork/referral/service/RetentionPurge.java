package org.carenetwork.referral.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.carenetwork.referral.config.ReferralConfig;
import org.carenetwork.referral.domain.Referral;
import org.jboss.logging.Logger;

/**
 * Deletes closed referrals (REJECTED, COMPLETED, FAILED, CANCELLED) once they have been closed
 * longer than {@code referral.retention.closed-referrals}: the person's record is kept no longer
 * than the work needs. Their history, events, deliveries and attempts go with them (the database
 * cascades); the disclosure audit, which holds no PHI, stays.
 */
@ApplicationScoped
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);

    @Inject
    ReferralConfig config;

    @Inject
    Clock clock;

    @Scheduled(cron = "{referral.retention.cron}", identity = "referral-retention",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        purge();
    }

    /** @return how many referrals were deleted */
    @Transactional
    public long purge() {
        Instant cutoff = clock.instant().minus(config.retention().closedReferrals());
        long deleted = Referral.delete("closedAt < ?1", cutoff);
        LOG.infof("retention purge: %d referrals closed before %s deleted", deleted, cutoff);
        return deleted;
    }
}
