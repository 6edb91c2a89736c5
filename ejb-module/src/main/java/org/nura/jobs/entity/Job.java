package org.nura.jobs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One background job; its row commits together with the JMS message that carries its id. */
@Entity
@Table(name = "jobs")
@NamedQuery(name = "Job.findByStatus", query = "SELECT j FROM Job j WHERE j.status = :status ORDER BY j.createdAt DESC")
public class Job {

    public static final String QUEUED = "queued";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    public static final String DEAD = "dead";

    @Id
    @Column(name = "job_id")
    private String jobId;

    @Column(name = "job_type", nullable = false)
    private String jobType;

    @Column(nullable = false)
    private String payload;

    @Column(nullable = false)
    private String status;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    protected Job() {
    }

    public Job(String jobType, String payload) {
        if (jobType == null || jobType.isBlank()) {
            throw new IllegalArgumentException("a job needs a type");
        }
        this.jobId = UUID.randomUUID().toString();
        this.jobType = jobType;
        this.payload = Objects.requireNonNullElse(payload, "{}");
        this.status = QUEUED;
        this.createdAt = OffsetDateTime.now();
        this.updatedAt = createdAt;
    }

    /** Counts a delivery; the broker may deliver a job more than once. */
    public void startAttempt() {
        attempts++;
        updatedAt = OffsetDateTime.now();
    }

    public void complete() {
        status = DONE;
        lastError = null;
        completedAt = OffsetDateTime.now();
        updatedAt = completedAt;
    }

    public void fail(String error, boolean dead) {
        status = dead ? DEAD : FAILED;
        lastError = error;
        updatedAt = OffsetDateTime.now();
    }

    public boolean isDone() {
        return DONE.equals(status);
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

    public String status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime completedAt() {
        return completedAt;
    }
}
