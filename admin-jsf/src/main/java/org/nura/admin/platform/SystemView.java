package org.nura.admin.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.nura.ai.boundary.AiSettings;
import org.nura.ai.boundary.AiStatus;
import org.nura.security.boundary.AuditLogs;
import org.nura.security.events.AuditRecorded;

/** The admin's system screen: the AI switch beside the dependencies' health ({@link StatusView}). */
@Named
@RequestScoped
public class SystemView {

    @Inject
    AiSettings settings;

    @Inject
    ConsoleSession session;

    @Inject
    AuditLogs audit;

    private AiStatus ai;

    public AiStatus getAi() {
        if (ai == null) {
            ai = settings.status();
        }
        return ai;
    }

    /** Turns the LLM tier on or off for every node; the audit log says who. */
    public void toggleAi() {
        boolean enable = !settings.status().enabled();
        ai = settings.enable(enable);
        audit.store(new AuditRecorded(session.getUsername(), "ai.switch", "setting:AI_ENABLED", "enabled=" + enable));
        Notices.info("msg", enable ? "system.ai.turnedon" : "system.ai.turnedoff");
    }
}
