package org.nura.conversation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.nura.knowledge.control.ArticleReader;
import org.nura.knowledge.control.ArticleView;
import org.nura.knowledge.control.KnowledgeConfig;
import org.nura.knowledge.control.ModelHolder;
import org.nura.knowledge.control.Understanding;
import org.nura.knowledge.control.Understanding.Passage;
import org.nura.sessions.control.HandoffPolicy;
import org.nura.sessions.control.HistoryTurn;

/**
 * The answer tiers in order: rules, the on-box model (intent and article), the LLM grounded on handbook passages
 * when one is configured, the best handbook passage quoted as is, and a polite fallback. The first that is
 * confident answers. One exception: an on-box "out of scope" decline gives way when the handbook holds a passage
 * good enough to quote, because the intent taxonomy does not know what an admin uploaded yesterday.
 */
@ApplicationScoped
public class AnswerTiers {

    static final String EXPLICIT_REQUEST = HandoffPolicy.EXPLICIT_REQUEST;
    static final String NEGATIVE_SENTIMENT = HandoffPolicy.NEGATIVE_SENTIMENT;
    static final String OUT_OF_SCOPE = "out_of_scope";

    @Inject
    Rules rules;

    @Inject
    Replies replies;

    @Inject
    ModelHolder models;

    @Inject
    ArticleReader articles;

    @Inject
    LlmTier llm;

    @Inject
    KnowledgeConfig config;

    @Inject
    HandoffPolicy policy;

    /**
     * The answer to one customer message; {@code sessionId} and {@code answerId} (the message id the answer will be
     * stored under) only label the LLM usage it may cost.
     */
    public TierAnswer answer(String text, String lang, List<HistoryTurn> history, String sessionId, String answerId) {
        Optional<Rules.Kind> rule = rules.match(text);
        if (rule.isPresent()) {
            return new TierAnswer(fromRule(rule.get(), lang), null);
        }
        if (policy.soundsUpset(text)) {
            return new TierAnswer(handoff(lang, 0.9, "complaint", NEGATIVE_SENTIMENT).orElseGet(() -> fallback(lang)),
                    null);
        }
        Optional<Understanding> read = models.current().map(m -> m.understand(text, lang));
        Understanding understanding = read.orElseGet(() -> Understanding.unknown(List.of()));
        return new TierAnswer(beyondRules(text, lang, understanding, new LlmLabels(history, sessionId, answerId)),
                read.orElse(null));
    }

    /** What labels an LLM call: the conversation so far, and the session and message its usage row names. */
    private record LlmLabels(List<HistoryTurn> history, String sessionId, String answerId) {
    }

    private Answer beyondRules(String text, String lang, Understanding understanding, LlmLabels labels) {
        Optional<Answer> local = onBox(understanding, lang);
        if (local.isPresent() && !OUT_OF_SCOPE.equals(local.get().intent())) {
            return local.get();
        }
        List<Passage> passages = models.current().map(m -> m.searchHandbook(text, config.ragTopK()))
                .orElse(List.of());
        if (local.isPresent() && !strong(passages)) {
            return local.get();
        }
        // the LLM grounds on both: the articles the on-box model found and the handbook passages
        List<Passage> context = new java.util.ArrayList<>(understanding.passages());
        context.addAll(passages);
        return llm.answer(new LlmQuestion(text, lang, context, labels.history(), labels.sessionId(), labels.answerId()))
                .or(() -> extractive(passages, lang))
                .orElseGet(() -> fallback(lang));
    }

    private Answer fromRule(Rules.Kind kind, String lang) {
        return switch (kind) {
            case GREETING -> fixed(Replies.Kind.GREETING, lang);
            case THANKS -> fixed(Replies.Kind.THANKS, lang);
            case HUMAN_REQUEST -> handoff(lang, 0.95, "agent_request", EXPLICIT_REQUEST).orElseGet(() -> fallback(lang));
        };
    }

    private Optional<Answer> onBox(Understanding u, String lang) {
        if (u.confidence() < config.localConfidenceThreshold()) {
            return Optional.empty();
        }
        return switch (u.action()) {
            case "answer" -> fromArticle(u, lang);
            case "decline" -> Optional.of(new Answer(replies.text(Replies.Kind.DECLINE, lang), "fallback",
                    u.confidence(), OUT_OF_SCOPE, null, List.of(), null));
            case "handoff" -> handoff(lang, u.confidence(), u.intent(),
                    "agent_request".equals(u.intent()) ? EXPLICIT_REQUEST : NEGATIVE_SENTIMENT);
            default -> Optional.empty();
        };
    }

    private Optional<Answer> fromArticle(Understanding u, String lang) {
        if (u.articleId() == null) {
            return Optional.empty();
        }
        return articles.read(u.articleId(), lang).map(a -> new Answer(a.body(), "local", u.confidence(), u.intent(),
                a.id(), List.of(citation(a)), null));
    }

    /** The unsure answer replaced by a handoff, when the streak of unsure answers calls for a human. */
    public Answer lowConfidenceHandoff(Answer unsure, String lang) {
        return handoff(lang, unsure.confidence(), unsure.intent(), HandoffPolicy.LOW_CONFIDENCE).orElse(unsure);
    }

    /** Hands over unless the handoff policy says no for this trigger; then the caller falls back. */
    private Optional<Answer> handoff(String lang, double confidence, String intent, String reason) {
        if (!policy.allows(reason)) {
            return Optional.empty();
        }
        return Optional.of(new Answer(replies.text(Replies.Kind.HANDOFF, lang), "handoff", confidence, intent, null,
                List.of(), reason));
    }

    /** A handbook passage good enough to quote. */
    private boolean strong(List<Passage> passages) {
        return !passages.isEmpty() && passages.get(0).score() >= config.ragMinScore();
    }

    /** Without an LLM the best passage is quoted verbatim, with its document as the citation. */
    private Optional<Answer> extractive(List<Passage> passages, String lang) {
        if (!strong(passages)) {
            return Optional.empty();
        }
        Passage best = passages.get(0);
        String document = documentOf(best.id());
        double confidence = Math.min(0.6, best.score() / (best.score() + 10.0));
        String quote = replies.text(Replies.Kind.FROM_HANDBOOK, lang) + "\n\n" + excerpt(best.text());
        return Optional.of(new Answer(quote, "rag", confidence, Answer.UNKNOWN_INTENT, null,
                List.of(new Citation("document", document, best.title())), null));
    }

    private Answer fixed(Replies.Kind kind, String lang) {
        return new Answer(replies.text(kind, lang), "rules", 0.95, Answer.UNKNOWN_INTENT, null, List.of(), null);
    }

    private Answer fallback(String lang) {
        return new Answer(replies.text(Replies.Kind.FALLBACK, lang), "fallback", 0.0, Answer.UNKNOWN_INTENT, null,
                List.of(), null);
    }

    private static Citation citation(ArticleView article) {
        return new Citation("article", String.valueOf(article.id()), article.title());
    }

    /** The document a chunk belongs to: chunk ids are {@code document#n}. */
    static String documentOf(String chunkId) {
        int hash = chunkId.lastIndexOf('#');
        return hash < 0 ? chunkId : chunkId.substring(0, hash);
    }

    /** A passage cut at a line end near 700 characters so that a quote stays readable in a chat bubble. */
    static String excerpt(String text) {
        if (text.length() <= 700) {
            return text;
        }
        int cut = text.lastIndexOf('\n', 700);
        return text.substring(0, cut > 200 ? cut : 700).trim() + " …";
    }
}
