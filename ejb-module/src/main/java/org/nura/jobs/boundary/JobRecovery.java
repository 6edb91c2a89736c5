package org.nura.jobs.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.nura.platform.control.NuraConfig;

/**
 * The safety net under the broker: every JOB_RECOVERY_INTERVAL_SECONDS it sends again the awaited attempt of jobs
 * that are JOB_STALE_SECONDS past due, e.g. after a broker lost its store. A message that was only late is then
 * delivered twice, and the attempt number makes the second delivery change nothing. The same sweep deletes done
 * jobs older than JOB_RETENTION_DAYS.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class JobRecovery {

    private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());

    @Resource
    TimerService timers;

    @Inject
    NuraConfig config;

    @Inject
    Jobs jobs;

    @PostConstruct
    void schedule() {
        long interval = config.jobRecoveryInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("job-recovery", false));
    }

    /** Not in a transaction of its own: a failed sweep must not make the timer service retry at once. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            int resent = jobs.recoverOverdue();
            if (resent > 0) {
                LOG.warning(() -> "Job recovery sent " + resent + " overdue job(s) again");
            }
            int purged = jobs.purgeFinished();
            if (purged > 0) {
                LOG.fine(() -> "Deleted " + purged + " done job(s) past JOB_RETENTION_DAYS");
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Job recovery sweep failed, next try in " + config.jobRecoveryInterval() + ": " + e);
        }
    }
}
