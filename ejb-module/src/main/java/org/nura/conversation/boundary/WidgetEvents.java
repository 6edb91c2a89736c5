package org.nura.conversation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.nura.conversation.control.InboundChecks;
import org.nura.conversation.entity.TreeClick;
import org.nura.conversation.entity.WidgetEvent;
import org.nura.knowledge.control.LanguageGuesser;
import org.nura.platform.control.NuraException;

/** Widget telemetry: every event is a widget_events row; steps through the topic tree are also tree_clicks. */
@Stateless
public class WidgetEvents {

    static final Set<String> TREE_EVENTS = Set.of("tree_click", "article_view");

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    @Inject
    InboundChecks checks;

    public void record(Click in) {
        if (in.eventType() == null || in.eventType().isBlank()) {
            throw NuraException.invalid("missing_event_type", "event_type is required");
        }
        checks.text("event_type", in.eventType(), 64);
        checks.text("session_id", in.sessionId(), 64);
        checks.text("customer_id", in.customerId(), 128);
        checks.text("topic_id", in.topicId(), 64);
        checks.text("label", in.label(), 2000);
        checks.text("meta", in.meta(), 8000);
        if (TREE_EVENTS.contains(in.eventType()) && in.topicId() != null && !in.topicId().isBlank()) {
            String lang = in.label() == null ? null : LanguageGuesser.supportedGuess(in.label(), null);
            em.persist(new TreeClick(in.sessionId(), in.customerId(), in.topicId(), in.label(), in.articleId(), lang));
        }
        em.persist(new WidgetEvent(in.sessionId(), in.customerId(), in.eventType(), in.label(), in.meta(),
                in.topicId(), in.articleId()));
    }
}
