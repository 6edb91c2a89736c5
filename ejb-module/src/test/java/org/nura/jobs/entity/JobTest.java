package org.nura.jobs.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The job's life: which delivery it awaits, retries, dead letters, re-drives and recovery re-sends. */
class JobTest {

    private final Job job = new Job("insight", "{}", "m-1");

    @Test
    void aNewJobAwaitsItsFirstAttemptOnly() {
        assertEquals(Job.QUEUED, job.status());
        assertTrue(job.awaits(1));
        assertFalse(job.awaits(2), "a message for a later attempt is stale");
        assertEquals(job.createdAt(), job.nextAttemptAt(), "due at once");
        assertThrows(IllegalArgumentException.class, () -> new Job(" ", "{}", null));
    }

    @Test
    void aFailedAttemptWaitsForTheNextAndADuplicateOfTheOldOneIsRefused() {
        job.startAttempt();
        OffsetDateTime next = OffsetDateTime.now().plusSeconds(10);
        job.retryAt("receiver answered HTTP 503", next);
        assertEquals(Job.RETRYING, job.status());
        assertEquals(next, job.nextAttemptAt());
        assertFalse(job.awaits(1), "attempt 1 again: a duplicate");
        assertTrue(job.awaits(2));
        job.startAttempt();
        job.complete();
        assertFalse(job.awaits(3), "a done job awaits nothing");
        assertNull(job.lastError());
        assertNull(job.nextAttemptAt());
    }

    @Test
    void aDeadJobIsRedrivenWithFreshAttemptsAndOnlyOnce() {
        job.startAttempt();
        job.bury("x".repeat(5000));
        assertTrue(job.isDead());
        assertEquals(2000, job.lastError().length(), "errors are kept short");
        assertFalse(job.awaits(2));
        job.redrive();
        assertEquals(Job.QUEUED, job.status());
        assertEquals(1, job.redrives());
        assertTrue(job.awaits(1), "a fresh set of attempts");
        assertNull(job.deadAt());
        assertThrows(IllegalStateException.class, job::redrive, "only a dead job");
    }

    @Test
    void theRecoverySweepMarksWhenItResentSoTheNextSweepWaitsAgain() {
        OffsetDateTime now = OffsetDateTime.now();
        job.resent(now);
        assertEquals(now, job.nextAttemptAt());
        assertTrue(job.awaits(1), "the same attempt is still awaited: whichever copy comes first runs it");
    }
}
