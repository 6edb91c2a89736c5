package org.nura.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The application's counters (this node's, since start) and the JVM's figures, as samples {@code /v1/metrics} writes
 * in Prometheus text.
 *
 * <p>Why our own and not MicroProfile Metrics: WildFly 39 has no MicroProfile Metrics (an injected
 * {@code MetricRegistry} fails the deployment there) and Payara has no Micrometer. The EAR only counts a few events
 * with one tag each, so a map of adders is less code than bundling Micrometer and binding its registry to the
 * output Payara gave, and it is the same on every server by construction. The names, the {@code mp_scope} label and
 * the base JVM figures keep MicroProfile Metrics' shape, so scrapers and dashboards see what they saw before.
 */
@ApplicationScoped
public class Metrics {

    /** One line of the output: name as Prometheus wants it, its labels in order, and the value. */
    public record Sample(String name, Map<String, String> labels, Number value) {
    }

    private record Key(String name, String tag, String value) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return toString().compareTo(other.toString());
        }
    }

    private final Map<Key, LongAdder> counters = new ConcurrentSkipListMap<>();

    /** Adds one to the counter {@code name} with the one tag {@code tag=value}. */
    public void count(String name, String tag, String value) {
        counters.computeIfAbsent(new Key(name, tag, value), k -> new LongAdder()).increment();
    }

    /** Every counter ({@code <name>_total}, scope "application"), then the JVM's figures (scope "base"). */
    public List<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        counters.forEach((key, adder) -> samples.add(new Sample(prometheusName(key.name()) + "_total",
                labels("application", key.tag(), key.value()), adder.sum())));
        JvmFigures.read().forEach(f -> samples.add(new Sample(prometheusName(f.name()) + f.suffix(),
                f.tag() == null ? labels("base", null, null) : labels("base", f.tag(), f.tagValue()), f.value())));
        return samples;
    }

    static String prometheusName(String name) {
        return name.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static Map<String, String> labels(String scope, String tag, String value) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        labels.put("mp_scope", scope);
        if (tag != null) {
            labels.put(tag, value);
        }
        return labels;
    }
}
