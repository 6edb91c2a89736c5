package org.nura.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void countsPerNameAndTagInMicroProfileShape() {
        Metrics metrics = new Metrics();
        metrics.count("nura.jobs.received", "type", "insight");
        metrics.count("nura.jobs.received", "type", "insight");
        metrics.count("nura.jobs.received", "type", "webhook");
        List<Metrics.Sample> application = metrics.samples().stream()
                .filter(s -> "application".equals(s.labels().get("mp_scope"))).toList();
        assertEquals(2, application.size());
        assertEquals("nura_jobs_received_total", application.get(0).name());
        assertEquals(Map.of("mp_scope", "application", "type", "insight"), application.get(0).labels());
        assertEquals(2L, application.get(0).value());
        assertEquals(1L, application.get(1).value());
    }

    @Test
    void addsTheJvmFiguresOfTheBaseScope() {
        List<Metrics.Sample> base = new Metrics().samples();
        assertTrue(base.stream().anyMatch(s -> s.name().equals("memory_usedHeap_bytes")
                && ((Number) s.value()).longValue() > 0), base.toString());
        assertTrue(base.stream().anyMatch(s -> s.name().equals("jvm_uptime_seconds")), base.toString());
        assertTrue(base.stream().anyMatch(s -> s.name().equals("thread_count")
                && "base".equals(s.labels().get("mp_scope"))), base.toString());
    }
}
