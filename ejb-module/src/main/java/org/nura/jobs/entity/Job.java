package org.nura.jobs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One background job; its row commits together with the JMS message that carries its id. Every message is for one
 * numbered attempt, so a duplicate or stale delivery is recognised and changes nothing.
 */
@Entity
@Table(name = "jobs")
@NamedQuery(name = "Job.findByStatus",
        query = "SELECT j FROM Job j WHERE j.status = :status ORDER BY j.createdAt DESC")
@NamedQuery(name = "Job.findByStatusAndType",
        query = "SELECT j FROM Job j WHERE j.status = :status AND j.jobType = :type ORDER BY j.createdAt DESC")
@NamedQuery(name = "Job.findByReference",
        query = "SELECT j FROM Job j WHERE j.reference = :reference ORDER BY j.createdAt")
@NamedQuery(name = "Job.findOverdue", query = "SELECT j FROM Job j WHERE j.status IN ('queued', 'retrying')"
        + " AND j.nextAttemptAt < :before ORDER BY j.nextAttemptAt")
@NamedQuery(name = "Job.deleteDoneBefore",
        query = "DELETE FROM Job j WHERE j.status = 'done' AND j.createdAt < :before")
@NamedQuery(name = "Job.countByStatus", query = "SELECT j.status, COUNT(j) FROM Job j GROUP BY j.status")
public class Job {

    public static final String QUEUED = "queued";
    public static final String RETRYING = "retrying";
    public static final String DONE = "done";
    public static final String DEAD = "dead";

    private static final int MAX_ERROR = 2000;

    @Id
    @Column(name = "job_id")
    private String jobId;

    @Column(name = "job_type", nullable = false)
    private String jobType;

    @Column(nullable = false)
    private String payload;

    /** What the job is about (a message id, a session id), so operators and tests can find it. */
    private String reference;

    @Column(nullable = false)
    private String status;

    private int attempts;

    private int redrives;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_attempt_at")
    private OffsetDateTime lastAttemptAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "dead_at")
    private OffsetDateTime deadAt;

    protected Job() {
    }

    public Job(String jobType, String payload, String reference) {
        if (jobType == null || jobType.isBlank()) {
            throw new IllegalArgumentException("a job needs a type");
        }
        this.jobId = UUID.randomUUID().toString();
        this.jobType = jobType;
        this.payload = Objects.requireNonNullElse(payload, "{}");
        this.reference = reference;
        this.status = QUEUED;
        this.createdAt = OffsetDateTime.now();
        this.updatedAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** The attempt the next message must carry; any other attempt number is a duplicate or a stale delivery. */
    public int nextAttempt() {
        return attempts + 1;
    }

    public boolean awaits(int attempt) {
        return (QUEUED.equals(status) || RETRYING.equals(status)) && attempt == nextAttempt();
    }

    public void startAttempt() {
        attempts++;
        lastAttemptAt = OffsetDateTime.now();
        updatedAt = lastAttemptAt;
    }

    public void complete() {
        status = DONE;
        lastError = null;
        completedAt = OffsetDateTime.now();
        nextAttemptAt = null;
        updatedAt = completedAt;
    }

    /** The attempt failed and another one is due at {@code next}. */
    public void retryAt(String error, OffsetDateTime next) {
        status = RETRYING;
        lastError = trim(error);
        nextAttemptAt = next;
        updatedAt = OffsetDateTime.now();
    }

    /** The attempts are used up: the job waits in the dead-letter queue for an operator. */
    public void bury(String error) {
        status = DEAD;
        lastError = trim(error);
        nextAttemptAt = null;
        deadAt = OffsetDateTime.now();
        updatedAt = deadAt;
    }

    /** An operator sends a dead job round again, with a fresh set of attempts. */
    public void redrive() {
        if (!DEAD.equals(status)) {
            throw new IllegalStateException("only a dead job can be re-driven, this one is " + status);
        }
        status = QUEUED;
        attempts = 0;
        redrives++;
        deadAt = null;
        nextAttemptAt = OffsetDateTime.now();
        updatedAt = nextAttemptAt;
    }

    /** The recovery sweep sent the awaited attempt again; it is not due again until {@code next}. */
    public void resent(OffsetDateTime next) {
        nextAttemptAt = next;
        updatedAt = OffsetDateTime.now();
    }

    private static String trim(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    public boolean isDone() {
        return DONE.equals(status);
    }

    public boolean isDead() {
        return DEAD.equals(status);
    }

    public String jobId() {
        return jobId;
    }

    public String jobType() {
        return jobType;
    }

    public String payload() {
        return payload;
    }

    public String reference() {
        return reference;
    }

    public String status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public int redrives() {
        return redrives;
    }

    public String lastError() {
        return lastError;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime lastAttemptAt() {
        return lastAttemptAt;
    }

    public OffsetDateTime completedAt() {
        return completedAt;
    }

    public OffsetDateTime deadAt() {
        return deadAt;
    }
}
