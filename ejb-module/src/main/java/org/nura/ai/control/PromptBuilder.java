package org.nura.ai.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the grounded prompt: who the assistant is, the rule to answer only from the context, in the customer's
 * language, with citation markers, or to say {@value #NO_ANSWER}; the context de-duplicated and trimmed to a token
 * budget (tokens estimated as characters / 4, close enough for budgeting in Arabic and English alike); then the
 * recent turns and the question.
 */
public final class PromptBuilder {

    /** What the model is told to reply when the context does not hold the answer. */
    public static final String NO_ANSWER = "NO_ANSWER";

    private final String company;
    private final String agent;
    private final int contextTokens;
    private final int historyTurns;

    public PromptBuilder(String company, String agent, int contextTokens, int historyTurns) {
        this.company = company;
        this.agent = agent;
        this.contextTokens = contextTokens;
        this.historyTurns = historyTurns;
    }

    public Prompt build(GroundedQuestion question) {
        List<ContextItem> context = withinBudget(deduplicated(question.context()), contextTokens);
        List<Prompt.Line> lines = new ArrayList<>();
        List<GroundedQuestion.Turn> turns = question.turns();
        for (GroundedQuestion.Turn turn : turns.subList(Math.max(0, turns.size() - historyTurns), turns.size())) {
            lines.add(new Prompt.Line("customer".equals(turn.role()) ? "user" : "assistant", turn.text()));
        }
        lines.add(new Prompt.Line("user", question.text()));
        return new Prompt(system(question.lang(), context), lines, context);
    }

    private String system(String lang, List<ContextItem> context) {
        StringBuilder s = new StringBuilder()
                .append("You are ").append(agent).append(", the customer-support assistant of ").append(company).append(".\n")
                .append("Answer ONLY from the context items below; never use outside knowledge or guess.\n")
                .append("Answer in ").append(languageName(lang)).append(", the language the customer wrote in.\n")
                .append("After each statement, cite the context item it comes from with its marker exactly as given, ")
                .append("e.g. [article:16] or [chunk:handbook.md#3].\n")
                .append("If the context does not contain the answer, reply exactly ").append(NO_ANSWER)
                .append(" and nothing else.\n")
                .append("Be brief: a few sentences or steps.\n\nContext:\n");
        for (ContextItem item : context) {
            s.append('\n').append(item.marker()).append(item.title() == null ? "" : " " + item.title()).append('\n')
                    .append(item.text().strip()).append('\n');
        }
        return s.toString();
    }

    static String languageName(String lang) {
        return switch (lang == null ? "" : lang.toLowerCase(Locale.ROOT)) {
            case "ar" -> "Arabic";
            case "ku" -> "Kurmanji Kurdish (Latin script)";
            case "ckb" -> "Sorani Kurdish (Arabic script)";
            case "en" -> "English";
            default -> "the customer's own language";
        };
    }

    /** Drops repeats: the same item retrieved twice, or the same text under another id (an article quoted in a chunk). */
    static List<ContextItem> deduplicated(List<ContextItem> items) {
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        List<ContextItem> kept = new ArrayList<>();
        for (ContextItem item : items) {
            String text = item.text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            boolean newId = ids.add(item.marker());
            boolean newText = texts.add(text);
            if (!text.isEmpty() && newId && newText) {
                kept.add(item);
            }
        }
        return kept;
    }

    /** The best items that fit the budget; the first is cut to fit rather than leaving the model with nothing. */
    static List<ContextItem> withinBudget(List<ContextItem> items, int budget) {
        List<ContextItem> kept = new ArrayList<>();
        int used = 0;
        for (ContextItem item : items) {
            int cost = tokens(item.text()) + tokens(item.marker() + " " + (item.title() == null ? "" : item.title()));
            if (used + cost <= budget) {
                kept.add(item);
                used += cost;
            } else if (kept.isEmpty()) {
                int chars = Math.max(0, (budget - tokens(item.marker())) * 4);
                kept.add(new ContextItem(item.kind(), item.id(), item.title(), item.text().substring(0,
                        Math.min(chars, item.text().length()))));
                break;
            }
        }
        return kept;
    }

    /** The estimate used for budgets: about four characters per token. */
    public static int tokens(String text) {
        return (text.length() + 3) / 4;
    }
}
