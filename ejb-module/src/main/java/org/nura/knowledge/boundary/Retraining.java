package org.nura.knowledge.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.nura.knowledge.control.KnowledgeChanged;

/**
 * Retrains after a knowledge change commits, never before: a model trained on rows that then roll back would
 * answer from content that does not exist. It runs before the request returns, so the uploader's next question
 * already meets the new model.
 */
@ApplicationScoped
public class Retraining {

    @Inject
    OnBoxModels models;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) KnowledgeChanged change) {
        models.retrainAfterCommit();
    }
}
