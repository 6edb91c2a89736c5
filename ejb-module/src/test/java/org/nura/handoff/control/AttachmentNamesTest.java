package org.nura.handoff.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AttachmentNamesTest {

    @Test
    void pathsControlsAndQuotesGoTheRealExtensionComes() {
        assertEquals("photo.png", AttachmentNames.clean("photo.png", AttachmentType.PNG));
        assertEquals("passwd.png", AttachmentNames.clean("../../etc/passwd", AttachmentType.PNG));
        assertEquals("evil.png", AttachmentNames.clean("C:\\temp\\evil.png", AttachmentType.PNG));
        assertEquals("ab.pdf", AttachmentNames.clean("a\"b\r\n", AttachmentType.PDF));
        assertEquals("invoice.png.pdf", AttachmentNames.clean("invoice.png", AttachmentType.PDF));
        assertEquals("scan.jpeg", AttachmentNames.clean("scan.jpeg", AttachmentType.JPEG));
        assertEquals("attachment.gif", AttachmentNames.clean("  ", AttachmentType.GIF));
        assertEquals("attachment.gif", AttachmentNames.clean(null, AttachmentType.GIF));
        assertEquals("hidden.pdf", AttachmentNames.clean("...hidden.pdf", AttachmentType.PDF));
    }

    @Test
    void aBidiOverrideCannotHideTheRealExtension() {
        assertEquals("photogpj.exe.png", AttachmentNames.clean("photo\u202egpj.exe", AttachmentType.PNG));
    }

    @Test
    void arabicNamesStayArabicAndLongNamesAreCut() {
        assertEquals("فاتورة.pdf", AttachmentNames.clean("فاتورة.pdf", AttachmentType.PDF));
        String cut = AttachmentNames.clean("ب".repeat(300) + ".pdf", AttachmentType.PDF);
        assertEquals(AttachmentNames.MAX_CHARS, cut.codePointCount(0, cut.length()));
        assertTrue(cut.endsWith(".pdf"));
    }

    @Test
    void theDownloadHeaderCarriesAnAsciiFallbackAndTheUtf8Name() {
        assertEquals("attachment; filename=\"______.pdf\"; filename*=UTF-8''%D9%81%D8%A7%D8%AA%D9%88%D8%B1%D8%A9.pdf",
                AttachmentNames.contentDisposition("فاتورة.pdf", false));
        assertEquals("inline; filename=\"my photo.png\"; filename*=UTF-8''my%20photo.png",
                AttachmentNames.contentDisposition("my photo.png", true));
    }
}
