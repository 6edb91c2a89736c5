package org.nura.handoff.control;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * File names as a sender gave them, made safe to store, show and send back: no path, no control or bidi-override
 * characters, no quotes, at most 120 characters, and always the extension of what the file really is (so "x.png"
 * that is a PDF downloads as "x.png.pdf"). Arabic names stay Arabic; the download header carries them per RFC 5987.
 */
public final class AttachmentNames {

    static final int MAX_CHARS = 120;

    private AttachmentNames() {
    }

    /** The name to store for a file of {@code type}; "attachment.<ext>" when nothing usable is left. */
    public static String clean(String given, AttachmentType type) {
        String name = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder out = new StringBuilder();
        name.codePoints().filter(AttachmentNames::allowed).forEach(out::appendCodePoint);
        name = out.toString().strip().replaceAll("^\\.+", "");
        if (name.isEmpty()) {
            name = "attachment";
        }
        String ext = type.extension();
        boolean right = name.toLowerCase(Locale.ROOT).endsWith(ext)
                || type == AttachmentType.JPEG && name.toLowerCase(Locale.ROOT).endsWith(".jpeg");
        if (!right) {
            name = name + ext;
        }
        if (name.codePointCount(0, name.length()) > MAX_CHARS) {
            String base = name.substring(0, name.offsetByCodePoints(0, MAX_CHARS - ext.length()));
            name = base + ext;
        }
        return name;
    }

    private static boolean allowed(int c) {
        return !Character.isISOControl(c) && c != '"' && c != '\'' && c != ';' && c != '<' && c != '>'
                && c != '`' && c != '%' && c != '*' && c != '?' && c != ':' && c != '|'
                && Character.getType(c) != Character.FORMAT // bidi overrides (U+202E) hide a real extension
                && Character.getType(c) != Character.PRIVATE_USE && Character.getType(c) != Character.SURROGATE
                && Character.getType(c) != Character.UNASSIGNED;
    }

    /** {@code inline|attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266 and 5987). */
    public static String contentDisposition(String name, boolean inline) {
        StringBuilder ascii = new StringBuilder();
        for (char c : name.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + rfc5987(name);
    }

    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
