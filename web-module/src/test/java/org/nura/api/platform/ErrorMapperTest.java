package org.nura.api.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.nura.platform.control.Outages;

/** A request refused during an outage leaves one log line, however often its failure is mapped. */
class ErrorMapperTest {

    @Test
    void aRefusedRequestIsLoggedOnceEvenWhenItsFailureIsMappedTwice() {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(Outages.class.getName());
        log.addHandler(capture);
        try {
            SQLException refused = new SQLException("Connection refused", "08001");
            ErrorMapper first = mapperFor(request("id-one"));
            first.logRefusal("id-one", refused);
            first.logRefusal("id-one", refused);
            ErrorMapper second = mapperFor(request("id-two"));
            second.logRefusal("id-two", refused);
        } finally {
            log.removeHandler(capture);
        }
        assertEquals(1, lines.stream().filter(l -> l.contains("id-one")).count(), String.join("\n", lines));
        assertEquals(1, lines.stream().filter(l -> l.contains("id-two")).count(), String.join("\n", lines));
    }

    private static ErrorMapper mapperFor(HttpServletRequest request) {
        ErrorMapper mapper = new ErrorMapper();
        mapper.request = request;
        return mapper;
    }

    /** A servlet request that keeps its attributes, the one thing the mapper writes; the rest answers a POST. */
    private static HttpServletRequest request(String id) {
        Map<String, Object> attributes = new HashMap<>(Map.of(RequestIds.ATTRIBUTE, id));
        return (HttpServletRequest) Proxy.newProxyInstance(ErrorMapperTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getMethod" -> "POST";
                    case "getRequestURI" -> "/v1/message";
                    default -> null;
                });
    }
}
