package org.nura.api.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

class TakesFilterTest {

    @Takes(MediaType.MULTIPART_FORM_DATA)
    void upload() {
    }

    @Takes({"text/csv", MediaType.TEXT_PLAIN})
    void csv() {
    }

    private static Takes of(String method) throws NoSuchMethodException {
        return TakesFilterTest.class.getDeclaredMethod(method).getAnnotation(Takes.class);
    }

    @Test
    void theNamedTypeIsTakenWhateverItsParameters() throws Exception {
        assertTrue(TakesFilter.accepts(of("upload"), "multipart/form-data; boundary=x"));
        assertTrue(TakesFilter.accepts(of("upload"), "Multipart/Form-Data"));
        assertTrue(TakesFilter.accepts(of("csv"), "text/plain; charset=utf-8"));
        assertTrue(TakesFilter.accepts(of("csv"), "text/csv"));
    }

    @Test
    void anotherTypeOrNoneIsRefused() throws Exception {
        assertFalse(TakesFilter.accepts(of("upload"), MediaType.APPLICATION_JSON));
        assertFalse(TakesFilter.accepts(of("upload"), "multipart/mixed"));
        assertFalse(TakesFilter.accepts(of("csv"), "text/*"));
        assertFalse(TakesFilter.accepts(of("upload"), null));
        assertFalse(TakesFilter.accepts(of("upload"), ""));
    }
}
