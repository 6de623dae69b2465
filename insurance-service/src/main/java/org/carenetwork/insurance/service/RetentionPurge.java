package org.carenetwork.insurance.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.carenetwork.insurance.config.InsuranceConfig;
import org.carenetwork.insurance.domain.CoverageRequest;
import org.carenetwork.insurance.domain.CoverageStatus;
import org.jboss.logging.Logger;

/**
 * Deletes closed requests (CONTACTED) once they have been closed longer than
 * {@code insurance.retention.closed-requests}: PHI is kept no longer than the work needs. Their
 * history goes with them; the access audit (no PHI in it) stays.
 */
@ApplicationScoped
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);

    @Inject
    InsuranceConfig config;

    @Inject
    Clock clock;

    @Scheduled(cron = "{insurance.retention.cron}", identity = "coverage-request-retention",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        purge();
    }

    /** @return how many requests were deleted */
    @Transactional
    public long purge() {
        Instant cutoff = clock.instant().minus(config.retention().closedRequests());
        long deleted = CoverageRequest.delete("status = ?1 and closedAt < ?2", CoverageStatus.CONTACTED, cutoff);
        LOG.infof("retention purge: %d closed coverage requests closed before %s deleted", deleted, cutoff);
        return deleted;
    }
}
