package org.carenetwork.assessment.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.carenetwork.assessment.config.AssessmentConfig;
import org.jboss.logging.Logger;

/** Deletes assessments older than {@code assessment.retention.max-age}: answers are kept no longer than needed. */
@ApplicationScoped
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);

    @Inject
    AssessmentStore store;

    @Inject
    Clock clock;

    @Inject
    AssessmentConfig config;

    @Scheduled(every = "${assessment.retention.purge-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Returns how many assessments were deleted. */
    public int purge() {
        int deleted = store.deleteCreatedBefore(clock.instant().minus(config.retention().maxAge()));
        if (deleted > 0) {
            LOG.infof("Retention purge deleted %d assessments older than %s", deleted, config.retention().maxAge());
        }
        return deleted;
    }
}
