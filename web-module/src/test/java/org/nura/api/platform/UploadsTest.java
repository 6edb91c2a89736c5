package org.nura.api.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadsTest {

    @Test
    void aUtf8NameReadAsLatin1IsReadBackAsUtf8() {
        String sent = "صورة الفاتورة.png";
        String parsed = new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals(sent, Uploads.utf8(parsed));
    }

    @Test
    void asciiLatin1AndAlreadyDecodedNamesStayAsTheyAre() {
        assertEquals("photo.png", Uploads.utf8("photo.png"));
        assertEquals("café.png", Uploads.utf8("café.png"));
        assertEquals("فاتورة.pdf", Uploads.utf8("فاتورة.pdf"));
        assertNull(Uploads.utf8(null));
    }
}
