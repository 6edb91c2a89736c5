package org.nura.blackbox;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Files to attach in the black-box tests: a real PNG, a small PDF, and a program dressed up as an image. */
final class SampleFiles {

    private SampleFiles() {
    }

    /** A real PNG (the JDK writes it), {@code w}×{@code h} with a blue pixel. */
    static byte[] png(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0x3366cc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0"
                + " >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Windows program: "MZ", the DOS stub's words. */
    static byte[] exe() {
        return "MZ\u0090\u0000\u0003\u0000\u0000\u0000 This program cannot be run in DOS mode.\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A valid PNG start padded to {@code size} bytes (too big, whatever else it is). */
    static byte[] big(int size) {
        byte[] png = png(4, 4);
        byte[] out = Arrays.copyOf(png, size);
        return out;
    }
}
