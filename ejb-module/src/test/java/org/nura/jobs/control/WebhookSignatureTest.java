package org.nura.jobs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void hmacMatchesRfc4231TestCase2() {
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                HexFormat.of().formatHex(WebhookSignature.hmac("Jefe", "what do ya want for nothing?")));
    }

    @Test
    void signsTimestampDotBody() {
        String body = "{\"event\":\"handoff.requested\",\"note\":\"عميل غاضب\"}";
        assertEquals("sha256=" + HexFormat.of().formatHex(WebhookSignature.hmac("s3cret", "1700000000." + body)),
                WebhookSignature.sign("s3cret", 1_700_000_000L, body));
    }

    @Test
    void receiversRefuseChangedBodiesWrongKeysAndOldTimestamps() {
        String body = "{\"id\":\"1\"}";
        String signature = WebhookSignature.sign("k", 1000, body);
        assertTrue(WebhookSignature.verify("k", "1000", body, signature, 1100, 300));
        assertFalse(WebhookSignature.verify("k", "1000", body + " ", signature, 1100, 300), "changed body");
        assertFalse(WebhookSignature.verify("other", "1000", body, signature, 1100, 300), "other key");
        assertFalse(WebhookSignature.verify("k", "1001", body, signature, 1100, 300), "changed timestamp");
        assertFalse(WebhookSignature.verify("k", "1000", body, signature, 1400, 300), "replayed too late");
        assertFalse(WebhookSignature.verify("k", "soon", body, signature, 1100, 300), "not a timestamp");
        assertFalse(WebhookSignature.verify("k", "1000", body, null, 1100, 300), "unsigned");
    }
}
