package org.nura.handoff.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a live chat accepts, each recognised by its content (magic bytes and the structure around them),
 * never by its name or the Content-Type a client declares. A file that starts right but is cut short is refused too:
 * PNG must end with IEND, JPEG with EOI, GIF with its trailer, WebP must be as long as its RIFF header says, PDF
 * must carry %%EOF near its end.
 */
public enum AttachmentType {

    PNG("image/png", ".png", true),
    JPEG("image/jpeg", ".jpg", true),
    GIF("image/gif", ".gif", true),
    WEBP("image/webp", ".webp", true),
    PDF("application/pdf", ".pdf", false);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};

    private final String mediaType;
    private final String extension;
    private final boolean image;

    AttachmentType(String mediaType, String extension, boolean image) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.image = image;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Images are shown inline; a PDF is offered as a download. */
    public boolean image() {
        return image;
    }

    public static Optional<AttachmentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    /** The type the bytes are, or empty when they are none of the accepted kinds (or a truncated one). */
    public static Optional<AttachmentType> detect(byte[] b) {
        if (b == null) {
            return Optional.empty();
        }
        if (isPng(b)) {
            return Optional.of(PNG);
        }
        if (isJpeg(b)) {
            return Optional.of(JPEG);
        }
        if (isGif(b)) {
            return Optional.of(GIF);
        }
        if (isWebp(b)) {
            return Optional.of(WEBP);
        }
        return isPdf(b) ? Optional.of(PDF) : Optional.empty();
    }

    /** Why bytes of no accepted kind were refused, in words a customer or agent understands. */
    public static String refusal(byte[] b) {
        String what = recognisedDanger(b);
        return (what == null ? "This file is not" : "This file is " + what + ", not")
                + " an image (PNG, JPEG, GIF, WebP) or a PDF, or it is damaged; its type is judged by its content,"
                + " not its name";
    }

    static String recognisedDanger(byte[] b) {
        if (b == null || b.length == 0) {
            return "empty";
        }
        if (startsWith(b, 0, "MZ")) {
            return "a Windows program";
        }
        if (startsWith(b, 0, "\u007fELF")) {
            return "a Linux program";
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xca && (b[1] & 0xff) == 0xfe && (b[2] & 0xff) == 0xba
                && (b[3] & 0xff) == 0xbe || startsWith(b, 0, "#!")) {
            return "a program";
        }
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading();
        }
        if (head.contains("<svg")) {
            return "an SVG image (which can carry scripts)";
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<script")
                || head.startsWith("<?xml")) {
            return "a web page or XML document";
        }
        return null;
    }

    private static boolean isPng(byte[] b) {
        return b.length >= 8 + 25 + 12 && startsWith(b, 0, PNG_SIGNATURE) && startsWith(b, 12, "IHDR")
                && endsWith(b, PNG_END);
    }

    private static boolean isJpeg(byte[] b) {
        if (b.length < 8 || (b[0] & 0xff) != 0xff || (b[1] & 0xff) != 0xd8 || (b[2] & 0xff) != 0xff) {
            return false;
        }
        int end = b.length; // some cameras pad after the end-of-image marker
        while (end > 2 && b[end - 1] == 0) {
            end--;
        }
        return (b[end - 2] & 0xff) == 0xff && (b[end - 1] & 0xff) == 0xd9;
    }

    private static boolean isGif(byte[] b) {
        return b.length >= 14 && (startsWith(b, 0, "GIF87a") || startsWith(b, 0, "GIF89a")) && b[b.length - 1] == 0x3b;
    }

    private static boolean isWebp(byte[] b) {
        if (b.length < 20 || !startsWith(b, 0, "RIFF") || !startsWith(b, 8, "WEBP")) {
            return false;
        }
        long riffSize = (b[4] & 0xffL) | (b[5] & 0xffL) << 8 | (b[6] & 0xffL) << 16 | (b[7] & 0xffL) << 24;
        boolean chunk = startsWith(b, 12, "VP8 ") || startsWith(b, 12, "VP8L") || startsWith(b, 12, "VP8X");
        return chunk && riffSize + 8 <= b.length;
    }

    private static boolean isPdf(byte[] b) {
        if (b.length < 16 || !startsWith(b, 0, "%PDF-")) {
            return false;
        }
        int from = Math.max(0, b.length - 1024);
        String tail = new String(b, from, b.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static boolean startsWith(byte[] b, int at, String ascii) {
        return startsWith(b, at, ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        return b.length >= at + prefix.length && Arrays.equals(b, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static boolean endsWith(byte[] b, byte[] suffix) {
        return b.length >= suffix.length && Arrays.equals(b, b.length - suffix.length, b.length, suffix, 0,
                suffix.length);
    }
}
