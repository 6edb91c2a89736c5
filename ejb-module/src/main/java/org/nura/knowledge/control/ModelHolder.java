package org.nura.knowledge.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Holds the trained on-box model of the application. A retrained model replaces the old one in a single write, so
 * requests in flight finish with the model they started with.
 */
@ApplicationScoped
public class ModelHolder {

    private volatile OnBoxModel model;

    /** The current model; empty only while the first training has not finished. */
    public Optional<OnBoxModel> current() {
        return Optional.ofNullable(model);
    }

    public void replace(OnBoxModel trained) {
        this.model = trained;
    }
}
