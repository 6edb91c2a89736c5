package org.nura.channels.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as Telegram takes it. Messages are sent with parse_mode HTML, so every text NURA did not write itself is
 * escaped (an answer with "<" or "&" would otherwise be refused with a 400); a text longer than Telegram's 4,096
 * characters is split, preferably at a line break or a space, never inside a surrogate pair. Splitting comes before
 * escaping: the limit counts the text after entity parsing.
 */
public final class TelegramText {

    /** Telegram's limit for one message, in UTF-16 code units. */
    public static final int MAX_MESSAGE = 4096;

    private TelegramText() {
    }

    /** Escapes the three characters Telegram's HTML parser needs escaped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Pieces of at most {@code max} code units that joined give the text back. */
    public static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (text.length() - start > max) {
            int end = cut(text, start, max);
            parts.add(text.substring(start, end));
            start = end;
        }
        if (start < text.length() || parts.isEmpty()) {
            parts.add(text.substring(start));
        }
        return parts;
    }

    private static int cut(String text, int start, int max) {
        int limit = start + max;
        int newline = text.lastIndexOf('\n', limit - 1);
        if (newline > start + max / 2) {
            return newline + 1;
        }
        int space = text.lastIndexOf(' ', limit - 1);
        if (space > start + max / 2) {
            return space + 1;
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
