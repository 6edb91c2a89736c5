package org.nura.api.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which origins get an Access-Control-Allow-Origin, and on which paths. */
class CorsFilterTest {

    @Test
    void onlyListedOriginsAndNeverTheOpaqueNull() {
        List<String> shop = List.of("https://shop.example");
        assertEquals("https://shop.example", CorsFilter.allowedOrigin("https://shop.example", shop));
        assertNull(CorsFilter.allowedOrigin("https://evil.example", shop));
        assertNull(CorsFilter.allowedOrigin("null", shop));
        assertNull(CorsFilter.allowedOrigin("null", List.of("*")));
        assertNull(CorsFilter.allowedOrigin("null", List.of("null")));
        assertEquals("*", CorsFilter.allowedOrigin("https://any.example", List.of("*")));
        assertNull(CorsFilter.allowedOrigin("https://shop.example", List.of()));
    }

    @Test
    void customerEndpointsOnly() {
        for (String path : List.of("message", "/message", "feedback", "handoff/direct", "analytics/click", "topics",
                "articles/12", "session/abc/stream", "session/abc/typing", "session/abc/rating")) {
            assertTrue(CorsFilter.CUSTOMER_PATHS.matcher(path).matches(), path);
        }
        for (String path : List.of("handoff/queue", "handoff/abc/accept", "customers/x/export", "jobs", "metrics",
                "session/abc/resolve", "admin/ai", "message/../jobs", "handoff/abc/typing", "session/a/b/typing")) {
            assertFalse(CorsFilter.CUSTOMER_PATHS.matcher(path).matches(), path);
        }
    }
}
