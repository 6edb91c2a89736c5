package org.nura.conversation.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.nura.conversation.control.Answer;
import org.nura.conversation.control.AnswerTiers;
import org.nura.conversation.control.Citation;
import org.nura.conversation.control.InboundChecks;
import org.nura.conversation.control.Replies;
import org.nura.conversation.control.TierAnswer;
import org.nura.conversation.entity.ChatTurn;
import org.nura.conversation.entity.ConversationLog;
import org.nura.conversation.events.CustomerMessageForAgent;
import org.nura.conversation.events.CustomerMessageLogged;
import org.nura.conversation.events.HandoffRequested;
import org.nura.knowledge.control.LanguageGuesser;
import org.nura.knowledge.control.ReplyLanguage;
import org.nura.knowledge.control.Understanding;
import org.nura.platform.control.JsonSupport;
import org.nura.platform.control.NuraConfig;
import org.nura.sessions.control.HandoffPolicy;
import org.nura.sessions.control.History;
import org.nura.sessions.control.HistoryTurn;
import org.nura.sessions.control.SessionStore;
import org.nura.sessions.entity.Session;

/**
 * The message pipeline: one customer message in, one answer out, in one transaction. A refused message
 * (bad input, wrong token) rolls back and leaves nothing behind; an accepted one is logged with its answer and the
 * session's durable copy.
 */
@Stateless
public class Conversations {

    @Inject
    InboundChecks checks;

    @Inject
    SessionStore sessions;

    @Inject
    AnswerTiers tiers;

    @Inject
    Replies replies;

    @Inject
    NuraConfig config;

    @Inject
    HandoffPolicy policy;

    @Inject
    Event<CustomerMessageForAgent> forAgent;

    @Inject
    Event<HandoffRequested> handoffs;

    @Inject
    Event<CustomerMessageLogged> logged;

    @PersistenceContext(unitName = "nura")
    EntityManager em;

    /** Answers a customer message, or passes it to the human who holds the session. */
    public Reply handle(Inbound in) {
        long started = System.nanoTime();
        String text = checks.message(in.message());
        String channel = checks.channel(in.channel());
        String askedLang = checks.lang(in.lang());
        String hint = checks.lang(in.langHint());
        checks.text("customer_id", in.customerId(), 128);
        SessionStore.Opened opened = sessions.openOrCreate(in.sessionId(), in.sessionToken(), in.customerId(), channel,
                in.identityVerified());
        Session session = opened.session();
        String token = opened.token();
        String lang = askedLang != null ? askedLang : hint != null ? ReplyLanguage.of(text, hint)
                : LanguageGuesser.supportedGuess(text, session.lang());
        if (session.heldByHuman()) {
            return passToAgent(session, token, text, lang);
        }
        String answerId = ConversationLog.newMessageId(); // known before the LLM is asked: its usage row names it
        TierAnswer tiered = tiers.answer(text, lang, History.turns(session.history()), session.sessionId(), answerId);
        Answer answer = tiered.answer();
        int streak = policy.unsure(answer.confidence(), answer.intent(), answer.escalates())
                ? session.lowConfidenceStreak() + 1 : 0;
        if (policy.lowConfidenceStreakReached(streak)) {
            answer = tiers.lowConfidenceHandoff(answer, lang);
            streak = answer.escalates() ? 0 : streak; // a fresh count once a human has been asked for
        }
        return answered(session, token, text, lang, new Answered(answerId, answer, tiered.understood()), streak,
                started);
    }

    private Reply passToAgent(Session session, String token, String text, String lang) {
        ConversationLog message = ConversationLog.customer(session, text, lang);
        em.persist(message);
        em.persist(new ChatTurn(session.sessionId(), "customer", session.customerId(), text));
        remember(session, lang, List.of(turn("customer", text, message.messageId())), session.lowConfidenceStreak());
        logged.fire(new CustomerMessageLogged(session.sessionId(), message.messageId(), lang, "agent", null, null,
                null, null, null));
        forAgent.fire(new CustomerMessageForAgent(session.sessionId(), message.messageId(), session.customerId(),
                session.channel(), text, lang, session.status(), OffsetDateTime.now()));
        return new Reply(session.sessionId(), token, message.messageId(), replies.text(Replies.Kind.WITH_AGENT, lang),
                session.channel(), true, null, "agent", null, null, List.of(), session.status(), lang);
    }

    /** An answer, the message id it is stored under, and the on-box model's reading (null when not asked). */
    private record Answered(String messageId, Answer answer, Understanding understood) {
    }

    private Reply answered(Session session, String token, String text, String lang, Answered answered, int streak,
            long started) {
        Answer answer = answered.answer();
        if (answer.escalates()) {
            session.requestHandoff(answer.handoffReason(), OffsetDateTime.now());
        }
        ConversationLog question = ConversationLog.customer(session, text, lang);
        int latency = (int) ((System.nanoTime() - started) / 1_000_000);
        ConversationLog reply = ConversationLog.answer(session, answered.messageId(), text,
                new ConversationLog.AnswerRecord(answer.response(), answer.source(), answer.confidence(),
                        answer.intent(), answer.articleId(), citationsJson(answer.citations()), answer.escalates(),
                        latency), lang);
        em.persist(question);
        em.persist(reply);
        remember(session, lang, List.of(turn("customer", text, question.messageId()),
                turn("assistant", answer.response(), reply.messageId())), streak);
        Understanding understood = answered.understood();
        logged.fire(new CustomerMessageLogged(session.sessionId(), question.messageId(), lang, answer.source(),
                answer.confidence(), answer.intent(), answer.handoffReason(),
                understood == null ? null : understood.intent(), understood == null ? null : understood.confidence()));
        if (answer.escalates()) {
            handoffs.fire(new HandoffRequested(session.sessionId(), session.customerId(), session.channel(),
                    answer.handoffReason(), lang, OffsetDateTime.now()));
        }
        return new Reply(session.sessionId(), token, reply.messageId(), answer.response(), session.channel(),
                answer.escalates(), answer.confidence(), answer.source(), answer.intent(), answer.articleId(),
                answer.citations(), session.status(), lang);
    }

    private void remember(Session session, String lang, List<HistoryTurn> turns, int streak) {
        String history = History.append(session.history(), turns, config.sessionHistoryTurns());
        session.update(lang, history, streak, OffsetDateTime.now());
        sessions.changedAtCommit(session); // locked by openOrCreate (or created in this transaction)
    }

    private static HistoryTurn turn(String role, String text, String messageId) {
        return new HistoryTurn(role, text, OffsetDateTime.now().toString(), messageId);
    }

    private static String citationsJson(List<Citation> citations) {
        JsonArrayBuilder array = JsonSupport.arrayBuilder();
        citations.forEach(c -> array.add(JsonSupport.objectBuilder().add("type", c.type()).add("id", c.id())
                .add("title", c.title() == null ? "" : c.title())));
        return array.build().toString();
    }
}
