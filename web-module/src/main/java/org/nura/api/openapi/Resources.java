package org.nura.api.openapi;

import java.util.List;
import org.nura.api.ai.AiResource;
import org.nura.api.analytics.AnalyticsResource;
import org.nura.api.analytics.SessionHistoryResource;
import org.nura.api.analytics.SessionsResource;
import org.nura.api.channels.TelegramWebhookResource;
import org.nura.api.conversation.FeedbackResource;
import org.nura.api.conversation.MessagesResource;
import org.nura.api.conversation.WidgetEventsResource;
import org.nura.api.handoff.AttachmentsResource;
import org.nura.api.handoff.CannedRepliesResource;
import org.nura.api.handoff.HandoffAttachmentsResource;
import org.nura.api.handoff.HandoffsResource;
import org.nura.api.handoff.SessionAttachmentsResource;
import org.nura.api.handoff.SessionExtrasResource;
import org.nura.api.handoff.SessionHandoffResource;
import org.nura.api.jobs.JobsResource;
import org.nura.api.knowledge.ArticlesResource;
import org.nura.api.knowledge.EvaluationResource;
import org.nura.api.knowledge.KnowledgeDocumentsResource;
import org.nura.api.knowledge.TopicsResource;
import org.nura.api.platform.HealthResource;
import org.nura.api.platform.MetricsResource;
import org.nura.api.security.AuditResource;
import org.nura.api.security.AuthResource;
import org.nura.api.security.SecurityEventsResource;
import org.nura.api.security.UsersResource;
import org.nura.api.privacy.CustomersResource;
import org.nura.api.privacy.RetentionResource;

/** The JAX-RS resources the document describes; a resource missing here shows up unnamed and fails the contract test. */
final class Resources {

    static final List<Class<?>> ALL = List.of(MessagesResource.class, FeedbackResource.class,
            WidgetEventsResource.class, HandoffsResource.class, SessionHandoffResource.class,
            CannedRepliesResource.class, TopicsResource.class, ArticlesResource.class, KnowledgeDocumentsResource.class,
            EvaluationResource.class, AiResource.class, JobsResource.class, HealthResource.class,
            MetricsResource.class, AuthResource.class, UsersResource.class, SecurityEventsResource.class,
            AuditResource.class, CustomersResource.class,
            RetentionResource.class, TelegramWebhookResource.class,
            SessionsResource.class, SessionHistoryResource.class, AnalyticsResource.class,
            SessionExtrasResource.class, SessionAttachmentsResource.class, HandoffAttachmentsResource.class,
            AttachmentsResource.class);

    private Resources() {
    }
}
