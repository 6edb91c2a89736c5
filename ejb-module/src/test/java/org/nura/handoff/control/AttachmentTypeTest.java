package org.nura.handoff.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

    @Test
    void eachAcceptedKindIsRecognisedByItsContent() {
        assertEquals(Optional.of(AttachmentType.PNG), AttachmentType.detect(Samples.image("png")));
        assertEquals(Optional.of(AttachmentType.JPEG), AttachmentType.detect(Samples.image("jpg")));
        assertEquals(Optional.of(AttachmentType.GIF), AttachmentType.detect(Samples.image("gif")));
        assertEquals(Optional.of(AttachmentType.WEBP), AttachmentType.detect(Samples.webp()));
        assertEquals(Optional.of(AttachmentType.PDF), AttachmentType.detect(Samples.pdf()));
    }

    @Test
    void truncatedFilesAreRefused() {
        byte[] png = Samples.image("png");
        byte[] jpeg = Samples.image("jpg");
        byte[] gif = Samples.image("gif");
        byte[] webp = Samples.webp();
        byte[] pdf = Samples.pdf();
        assertEquals(Optional.empty(), AttachmentType.detect(Samples.cut(png, 8)), "the PNG signature alone");
        assertEquals(Optional.empty(), AttachmentType.detect(Samples.cut(png, png.length - 5)), "no IEND");
        assertEquals(Optional.empty(), AttachmentType.detect(Samples.cut(jpeg, jpeg.length / 2)), "no EOI");
        assertEquals(Optional.empty(), AttachmentType.detect(Samples.cut(jpeg, 3)));
        assertEquals(Optional.empty(), AttachmentType.detect(Samples.cut(gif, gif.length - 1)), "no trailer");
        assertEquals(Optional.empty(), AttachmentType.detect(Samples.cut(webp, webp.length - 2)), "shorter than RIFF");
        assertEquals(Optional.empty(), AttachmentType.detect(Samples.cut(pdf, pdf.length - 8)), "no %%EOF");
        assertEquals(Optional.empty(), AttachmentType.detect(new byte[0]));
        assertEquals(Optional.empty(), AttachmentType.detect(null));
    }

    @Test
    void programsPagesAndSvgAreRefusedWhateverTheirName() {
        byte[] exe = Samples.ascii("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000 This program cannot be run in DOS mode");
        byte[] elf = Samples.ascii("\u007fELF\u0002\u0001\u0001\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000");
        byte[] html = Samples.ascii("<!DOCTYPE html><html><script>alert(1)</script></html>");
        byte[] svg = Samples.ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        byte[] bareSvg = Samples.ascii("  <svg onload=alert(1)>");
        for (byte[] bad : new byte[][] {exe, elf, html, svg, bareSvg}) {
            assertEquals(Optional.empty(), AttachmentType.detect(bad));
        }
        assertTrue(AttachmentType.refusal(exe).contains("Windows program"), AttachmentType.refusal(exe));
        assertTrue(AttachmentType.refusal(elf).contains("Linux program"));
        assertTrue(AttachmentType.refusal(html).contains("web page"));
        assertTrue(AttachmentType.refusal(svg).contains("SVG"));
        assertTrue(AttachmentType.refusal(bareSvg).contains("SVG"));
        assertTrue(AttachmentType.refusal(Samples.ascii("hello")).startsWith("This file is not an image"));
    }

    @Test
    void anExecutableWithAPngSignatureGluedOnIsStillNoPng() {
        byte[] exe = Samples.ascii("\u0089PNG\r\n\u001a\nMZ" + "x".repeat(100));
        assertEquals(Optional.empty(), AttachmentType.detect(exe), "no IHDR, no IEND");
    }

    @Test
    void onlyImagesAreInline() {
        assertTrue(AttachmentType.PNG.image());
        assertTrue(!AttachmentType.PDF.image());
        assertEquals(Optional.of(AttachmentType.WEBP), AttachmentType.ofMediaType("image/webp"));
        assertEquals(Optional.empty(), AttachmentType.ofMediaType("image/svg+xml"));
    }
}
