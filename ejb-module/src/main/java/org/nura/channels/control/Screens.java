package org.nura.channels.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nura.channels.control.Phrases.Key;
import org.nura.channels.control.TelegramCall.Button;

/**
 * What a chat is shown, as Bot API calls: the topic menu (one button per child, "back" below a branch, "talk to a
 * person" always), answers with their source in one short line, the agent's words, the rating buttons. Texts from
 * outside (answers, articles, labels, agent replies) are escaped; long ones go out in several messages.
 */
public final class Screens {

    /** Callback data prefixes: a topic node, the handoff button, a rating. */
    public static final String TOPIC = "t:";
    public static final String PERSON = "h";
    public static final String RATING = "r:";

    private Screens() {
    }

    /** A menu level; the first menu is a new message, moving in the tree edits the message that was clicked. */
    public static TelegramCall menu(long chatId, Integer editMessageId, MenuLevel level, String lang) {
        List<List<Button>> rows = new ArrayList<>();
        level.children().forEach(c -> rows.add(List.of(new Button(c.label(), TOPIC + c.id()))));
        if (level.parentId() != null) {
            rows.add(List.of(new Button(Phrases.of(Key.BACK, lang), TOPIC + level.parentId())));
        }
        rows.add(List.of(personButton(lang)));
        String title = "<b>" + TelegramText.escape(level.label()) + "</b>\n" + Phrases.of(Key.MENU, lang);
        return editMessageId == null ? TelegramCall.send(chatId, title, rows)
                : TelegramCall.edit(chatId, editMessageId, title, rows);
    }

    /** A node of the topic tree as a menu shows it: its label, its children, the node "back" leads to. */
    public record MenuLevel(String id, String label, String parentId, List<Child> children) {

        public record Child(String id, String label) {
        }
    }

    /** An answer: the text (in as many messages as it takes), its source line, the person button at the end. */
    public static List<TelegramCall> answer(long chatId, String text, String source, Double confidence,
            boolean offerPerson, String lang) {
        String line = "<i>" + TelegramText.escape(sourceLine(source, confidence, lang)) + "</i>";
        // the source line travels with the last piece, so the pieces leave room for it
        List<String> pieces = TelegramText.split(text, TelegramText.MAX_MESSAGE - line.length() - 2);
        List<TelegramCall> calls = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            boolean last = i == pieces.size() - 1;
            String html = TelegramText.escape(pieces.get(i)) + (last ? "\n\n" + line : "");
            calls.add(TelegramCall.send(chatId, html, last && offerPerson ? List.of(List.of(personButton(lang)))
                    : List.of()));
        }
        return calls;
    }

    /** "Source: onbox · confidence 87%" in the chat's language. */
    static String sourceLine(String source, Double confidence, String lang) {
        String line = Phrases.of(Key.SOURCE, lang) + ": " + (source == null ? "-" : source);
        return confidence == null ? line : line + " · " + Phrases.of(Key.CONFIDENCE, lang) + " "
                + String.format(Locale.ROOT, "%d%%", Math.round(confidence * 100));
    }

    /** Plain text from someone else (an agent, a status line), escaped and split. */
    public static List<TelegramCall> text(long chatId, String prefix, String text) {
        String head = prefix == null ? "" : "<b>" + TelegramText.escape(prefix) + "</b>\n";
        List<TelegramCall> calls = new ArrayList<>();
        for (String piece : TelegramText.split(text, TelegramText.MAX_MESSAGE - head.length())) {
            calls.add(TelegramCall.send(chatId, (calls.isEmpty() ? head : "") + TelegramText.escape(piece), List.of()));
        }
        return calls;
    }

    /** The end of a conversation: one row of buttons 1 to 5. */
    public static TelegramCall ratingPrompt(long chatId, String lang) {
        List<Button> row = new ArrayList<>();
        for (int stars = 1; stars <= 5; stars++) {
            row.add(new Button(String.valueOf(stars), RATING + stars));
        }
        return TelegramCall.send(chatId, TelegramText.escape(Phrases.of(Key.RESOLVED, lang)), List.of(row));
    }

    private static Button personButton(String lang) {
        return new Button(Phrases.of(Key.PERSON, lang), PERSON);
    }
}
