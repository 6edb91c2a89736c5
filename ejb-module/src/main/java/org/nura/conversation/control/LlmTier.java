package org.nura.conversation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nura.ai.control.ContextItem;
import org.nura.ai.control.GroundedAnswer;
import org.nura.ai.control.GroundedQuestion;
import org.nura.ai.control.LlmGateway;

/**
 * The grounded-generation tier. {@link AnswerTiers} asks it only after rules and a confident on-box answer had
 * their turn, i.e. when the on-box confidence is below LOCAL_CONFIDENCE_THRESHOLD (or its intent has no article):
 * a confident on-box answer is free, instant and calibrated, so the LLM is spent where it adds something. It is
 * not asked when nothing was retrieved (the model may only answer from context, so it could only decline), when
 * no OPENAI_API_KEY is set, when the AI switch is off, or while the gateway's circuit breaker is open. Its answer
 * has source "openai" and cites the articles and handbook documents it used; on any failure it is empty and the
 * pipeline goes on to the quoted handbook passage and the fallback.
 */
@ApplicationScoped
public class LlmTier {

    /** The LLM gives no calibrated score; a grounded, cited answer is ranked between a quote and an on-box answer. */
    static final double CONFIDENCE = 0.7;

    @Inject
    LlmGateway gateway;

    public Optional<Answer> answer(LlmQuestion question) {
        if (question.passages().isEmpty()) {
            return Optional.empty();
        }
        return gateway.answer(grounded(question)).map(LlmTier::toAnswer);
    }

    static GroundedQuestion grounded(LlmQuestion q) {
        List<ContextItem> context = q.passages().stream()
                .map(p -> new ContextItem(p.kind(), p.id(), p.title(), p.text() == null ? "" : p.text())).toList();
        List<GroundedQuestion.Turn> turns = q.history().stream()
                .map(t -> new GroundedQuestion.Turn("customer".equals(t.role()) ? "customer" : "assistant", t.text()))
                .toList();
        return new GroundedQuestion(q.text(), q.lang(), context, turns, q.sessionId(), q.answerId());
    }

    static Answer toAnswer(GroundedAnswer grounded) {
        Set<Citation> citations = new LinkedHashSet<>();
        Integer articleId = null;
        for (ContextItem item : grounded.cited()) {
            if ("article".equals(item.kind())) {
                citations.add(new Citation("article", item.id(), item.title()));
                articleId = articleId != null ? articleId : parse(item.id());
            } else {
                String document = AnswerTiers.documentOf(item.id());
                citations.add(new Citation("document", document, document));
            }
        }
        return new Answer(grounded.text(), "openai", CONFIDENCE, Answer.UNKNOWN_INTENT, articleId,
                new ArrayList<>(citations), null);
    }

    private static Integer parse(String id) {
        try {
            return Integer.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
