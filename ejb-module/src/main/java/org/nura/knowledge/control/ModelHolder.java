package org.nura.knowledge.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Holds the trained on-box model of the application and the knowledge revision it was trained on. A retrained model
 * replaces the old one in a single write, so requests in flight finish with the model they started with.
 */
@ApplicationScoped
public class ModelHolder {

    private volatile OnBoxModel model;
    private volatile long revision = -1;
    /** One training at a time per node: the catch-up timer skips a tick while a commit's retraining runs. */
    private final ReentrantLock training = new ReentrantLock();

    /** The current model; empty only while the first training has not finished. */
    public Optional<OnBoxModel> current() {
        return Optional.ofNullable(model);
    }

    /** The knowledge revision the current model was trained on; -1 before the first training. */
    public long revision() {
        return revision;
    }

    public void replace(OnBoxModel trained) {
        this.model = trained;
    }

    /** A model trained on {@code trainedOn}; an older revision never replaces a newer one. */
    public synchronized void replace(OnBoxModel trained, long trainedOn) {
        if (trainedOn >= revision) {
            this.model = trained;
            this.revision = trainedOn;
        }
    }

    /** Takes the training lock, waiting for a running training to finish. */
    public void lockTraining() {
        training.lock();
    }

    /** Takes the training lock only if no training runs now. */
    public boolean tryLockTraining() {
        return training.tryLock();
    }

    public void unlockTraining() {
        training.unlock();
    }
}
