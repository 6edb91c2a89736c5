package org.nura.api.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentUploadsTest {

    @Test
    void aUtf8NameReadAsLatin1IsReadBackAsUtf8() {
        String sent = "صورة الفاتورة.png";
        String parsed = new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals(sent, AttachmentUploads.utf8(parsed));
    }

    @Test
    void asciiLatin1AndAlreadyDecodedNamesStayAsTheyAre() {
        assertEquals("photo.png", AttachmentUploads.utf8("photo.png"));
        assertEquals("café.png", AttachmentUploads.utf8("café.png"));
        assertEquals("فاتورة.pdf", AttachmentUploads.utf8("فاتورة.pdf"));
        assertNull(AttachmentUploads.utf8(null));
    }
}
