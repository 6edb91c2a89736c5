package org.nura.handoff.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Real files of each accepted kind (made by the JDK's image writers where it has one) and dangerous look-alikes. */
final class Samples {

    private Samples() {
    }

    static byte[] image(String format) {
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0x3366cc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A lossless WebP of one pixel: RIFF header, WEBP, a VP8L chunk. */
    static byte[] webp() {
        byte[] vp8l = {0x2f, 0, 0, 0, 0, 0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, (byte) 0xfe, 0x07, 0};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int riffSize = 4 + 8 + vp8l.length;
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le(riffSize));
        out.writeBytes("WEBPVP8L".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le(vp8l.length));
        out.writeBytes(vp8l);
        return out.toByteArray();
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0"
                + " >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] cut(byte[] bytes, int keep) {
        return Arrays.copyOf(bytes, keep);
    }

    private static byte[] le(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }
}
