package org.nura.platform.control;

/**
 * The one rule for text that comes from outside (JSON fields, path and query values, file names, CSV cells): tab,
 * line feed and carriage return are the only control characters allowed; NUL and the other C0/C1 controls, lone
 * surrogate halves and the non-characters U+FFFE/U+FFFF are refused with a 400 before anything is analysed or stored.
 * PostgreSQL cannot store NUL in text at all, and the others are never typed by a person.
 */
public final class TextInput {

    private TextInput() {
    }

    /** The value unchanged when it is clean; null passes (absence is each caller's own rule). */
    public static String check(String field, String value) {
        int bad = firstDisallowed(value);
        if (bad >= 0) {
            throw NuraException.invalid("invalid_characters", field + " contains a character that is not allowed ("
                    + describe(value, bad) + " at position " + bad + ")");
        }
        return value;
    }

    /** The text without its disallowed characters, for text a machine extracted (a PDF's), not one a person sent. */
    public static String strip(String value) {
        if (firstDisallowed(value) < 0) {
            return value;
        }
        StringBuilder kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                kept.append(c).append(value.charAt(++i));
            } else if (!disallowed(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Position of the first disallowed character, or -1 when the text is clean (or null). */
    public static int firstDisallowed(CharSequence value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a well-formed pair: an emoji or a supplementary letter
            } else if (disallowed(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean disallowed(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }

    private static String describe(CharSequence value, int at) {
        return String.format("U+%04X", (int) value.charAt(at));
    }
}
