package org.nura.ai.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;

/** One call to the LLM: tokens, estimated cost, latency and outcome, for the cost reports. */
@Entity
@Table(name = "llm_usage_logs")
public class LlmUsageLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id")
    private String sessionId;

    @Column(name = "message_id")
    private String messageId;

    @Column(nullable = false)
    private String purpose;

    @Column(nullable = false)
    private String model;

    @Column(name = "prompt_tokens", nullable = false)
    private int promptTokens;

    @Column(name = "completion_tokens", nullable = false)
    private int completionTokens;

    @Column(name = "total_tokens", nullable = false)
    private int totalTokens;

    @Column(name = "estimated_cost_usd", nullable = false)
    private BigDecimal estimatedCostUsd;

    @Column(name = "latency_ms")
    private Integer latencyMs;

    @Column(nullable = false)
    private boolean success;

    private String error;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected LlmUsageLog() {
    }

    public LlmUsageLog(LlmCall call) {
        this.sessionId = call.ref().sessionId();
        this.messageId = call.ref().messageId();
        this.purpose = call.purpose();
        this.model = call.model();
        this.promptTokens = (int) call.promptTokens();
        this.completionTokens = (int) call.completionTokens();
        this.totalTokens = (int) call.totalTokens();
        this.estimatedCostUsd = BigDecimal.valueOf(call.costUsd()).setScale(6, RoundingMode.HALF_UP);
        this.latencyMs = (int) call.latencyMs();
        this.success = call.success();
        this.error = call.error();
        this.createdAt = OffsetDateTime.now();
    }
}
