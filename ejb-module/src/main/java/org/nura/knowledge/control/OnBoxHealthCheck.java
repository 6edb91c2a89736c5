package org.nura.knowledge.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.nura.platform.control.HealthCheck;

/** The on-box model's part of the health report: until its first training is done, customers cannot be answered. */
@ApplicationScoped
public class OnBoxHealthCheck implements HealthCheck {

    @Inject
    ModelHolder models;

    @Override
    public String name() {
        return "onbox_model";
    }

    @Override
    public Result check() {
        return models.current().isPresent() ? new Result("ok", null, null)
                : new Result("down", null, "the first training has not finished");
    }

    @Override
    public boolean neededForReadiness() {
        return true;
    }
}
