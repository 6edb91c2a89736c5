package org.nura.handoff.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AttachmentLinksTest {

    private static final String KEY = "k3y-shared-by-all-nodes";
    private static final String ID = "0b9c1f7e-3c1a-4c43-9d59-1c2f5d0c8a11";

    @Test
    void aGenuineLinkWorksUntilItsTimeThenExpires() {
        String sig = AttachmentLinks.sign(KEY, ID, 1000);
        assertEquals(AttachmentLinks.Verdict.VALID, AttachmentLinks.check(KEY, ID, 1000, sig, 999));
        assertEquals(AttachmentLinks.Verdict.VALID, AttachmentLinks.check(KEY, ID, 1000, sig, 1000));
        assertEquals(AttachmentLinks.Verdict.EXPIRED, AttachmentLinks.check(KEY, ID, 1000, sig, 1001));
    }

    @Test
    void anyChangeToTheLinkIsForged() {
        String sig = AttachmentLinks.sign(KEY, ID, 1000);
        assertEquals(AttachmentLinks.Verdict.FORGED, AttachmentLinks.check(KEY, ID, 5000, sig, 999), "later expiry");
        assertEquals(AttachmentLinks.Verdict.FORGED,
                AttachmentLinks.check(KEY, ID.replace('a', 'b'), 1000, sig, 999), "another file");
        assertEquals(AttachmentLinks.Verdict.FORGED, AttachmentLinks.check("other-key", ID, 1000, sig, 999));
        assertEquals(AttachmentLinks.Verdict.FORGED,
                AttachmentLinks.check(KEY, ID, 1000, sig.substring(1) + "A", 999), "altered signature");
        assertEquals(AttachmentLinks.Verdict.FORGED, AttachmentLinks.check(KEY, ID, 1000, null, 999));
        assertEquals(AttachmentLinks.Verdict.FORGED, AttachmentLinks.check(KEY, ID, 1000, "", 999));
    }

    @Test
    void theUrlNamesTheFileItsExpiryAndAnUrlSafeSignature() {
        String url = AttachmentLinks.url(KEY, ID, 1234);
        assertTrue(url.startsWith("/v1/attachments/" + ID + "?exp=1234&sig="), url);
        String sig = url.substring(url.indexOf("sig=") + 4);
        assertTrue(sig.matches("[A-Za-z0-9_-]{43}"), sig);
        assertNotEquals(sig, AttachmentLinks.sign(KEY, ID, 1235));
    }
}
