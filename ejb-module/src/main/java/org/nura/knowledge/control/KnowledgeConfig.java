package org.nura.knowledge.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.nura.platform.control.NuraConfig;

/** The knowledge component's settings, each with its default stated here once. */
@ApplicationScoped
public class KnowledgeConfig {

    @Inject
    NuraConfig config;

    /** An on-box answer less confident than this is not trusted (the pipeline, the insights and the evaluation). */
    public double localConfidenceThreshold() {
        return config.doubleValue("LOCAL_CONFIDENCE_THRESHOLD", 0.5);
    }

    /** Characters per handbook chunk. */
    public int ragChunkSize() {
        return config.integer("RAG_CHUNK_SIZE", HandbookChunker.DEFAULT_SIZE);
    }

    /** How many handbook passages a question retrieves. */
    public int ragTopK() {
        return config.integer("RAG_TOP_K", 4);
    }

    /** The retrieval score the best passage needs before the handbook is trusted to answer. */
    public double ragMinScore() {
        return config.doubleValue("RAG_MIN_SCORE", 6.0);
    }

    /** Uploads larger than this many bytes are refused. */
    public int maxUploadBytes() {
        return config.integer("KNOWLEDGE_MAX_UPLOAD_BYTES", 5 * 1024 * 1024);
    }

    /** An evaluation question may be as long as a customer's message, and a CSV line a few times that. */
    public int evaluationMaxQuestionChars() {
        return config.maxMessageChars();
    }

    /** The largest evaluation set an admin may send at once. */
    public int evaluationMaxQuestions() {
        return config.integer("EVALUATION_MAX_QUESTIONS", 5000);
    }
}
