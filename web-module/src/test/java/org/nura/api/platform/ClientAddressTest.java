package org.nura.api.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The address a customer is counted under cannot be chosen by the customer. */
class ClientAddressTest {

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy() {
        List<String> proxies = List.of("10.0.0.1");
        assertEquals("203.0.113.9", ClientAddress.of("10.0.0.1", "203.0.113.9", proxies));
        assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "203.0.113.9", proxies));
        assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", null, proxies));
        // a client's own X-Forwarded-For is the leftmost part: the proxy's appended hop is what counts
        assertEquals("203.0.113.9", ClientAddress.of("10.0.0.1", "1.2.3.4, 203.0.113.9", proxies));
        assertEquals("203.0.113.9", ClientAddress.of("10.0.0.1", "203.0.113.9, 10.0.0.1", proxies));
    }
}
