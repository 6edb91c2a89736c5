package org.nura.api.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** A multipart body the runtime's reader cannot parse is told apart from our own failures (ErrorMapper: 400). */
class UnreadableBodiesTest {

    @Test
    void aMultipartReaderFailureOnAMultipartRequestIsA400() {
        RuntimeException resteasy = thrownBy("org.jboss.resteasy.plugins.providers.multipart.MultipartInputImpl",
                "RESTEASY007500: Could find no Content-Disposition header within part");
        HttpServletRequest multipart = request("multipart/form-data; boundary=x");
        assertTrue(UnreadableBodies.isMalformedMultipart(multipart, resteasy));
        assertTrue(UnreadableBodies.isMalformedMultipart(multipart, new RuntimeException("wrapped", resteasy)));
        RuntimeException jersey = thrownBy("org.glassfish.jersey.media.multipart.internal.MultiPartReaderServerSide",
                "Stream ended unexpectedly");
        assertTrue(UnreadableBodies.isMalformedMultipart(request("multipart/form-data"), jersey));
    }

    @Test
    void otherFailuresStayWhatTheyAre() {
        RuntimeException bug = thrownBy("org.nura.api.knowledge.KnowledgeDocumentsResource", "a bug");
        assertFalse(UnreadableBodies.isMalformedMultipart(request("multipart/form-data; boundary=x"), bug),
                "our own failure while handling an upload is no client error");
        RuntimeException reader = thrownBy("org.jboss.resteasy.plugins.providers.multipart.MultipartInputImpl", "x");
        assertFalse(UnreadableBodies.isMalformedMultipart(request("application/json"), reader), "not multipart");
        assertFalse(UnreadableBodies.isMalformedMultipart(request(null), reader), "no body type");
    }

    private static RuntimeException thrownBy(String className, String message) {
        RuntimeException failure = new RuntimeException(message);
        failure.setStackTrace(new StackTraceElement[] {new StackTraceElement(className, "read", "X.java", 1)});
        return failure;
    }

    private static HttpServletRequest request(String contentType) {
        return (HttpServletRequest) Proxy.newProxyInstance(UnreadableBodiesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContentType" -> contentType;
                    case "getMethod" -> "POST";
                    case "getRequestURI" -> "/v1/knowledge/documents";
                    default -> null;
                });
    }
}
