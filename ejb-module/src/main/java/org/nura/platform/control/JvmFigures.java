package org.nura.platform.control;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM figures MicroProfile Metrics calls its base scope (same names: {@code memory.usedHeap},
 * {@code gc.total} …), read from the platform MXBeans, which every server has.
 */
final class JvmFigures {

    /** A figure; {@code suffix} is what Prometheus text appends (counters "_total", seconds "_seconds"). */
    record Figure(String name, String suffix, String tag, String tagValue, Number value) {
        static Figure gauge(String name, Number value) {
            return new Figure(name, "", null, null, value);
        }
    }

    private JvmFigures() {
    }

    static List<Figure> read() {
        List<Figure> figures = new ArrayList<>();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        figures.add(Figure.gauge("memory.usedHeap_bytes", heap.getUsed()));
        figures.add(Figure.gauge("memory.committedHeap_bytes", heap.getCommitted()));
        figures.add(Figure.gauge("memory.maxHeap_bytes", heap.getMax()));
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            figures.add(new Figure("gc.total", "_total", "name", gc.getName(), gc.getCollectionCount()));
            figures.add(new Figure("gc.time", "_seconds", "name", gc.getName(), gc.getCollectionTime() / 1000.0));
        }
        figures.add(new Figure("jvm.uptime", "_seconds", null, null,
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        figures.add(Figure.gauge("thread.count", threads.getThreadCount()));
        figures.add(Figure.gauge("thread.daemon.count", threads.getDaemonThreadCount()));
        figures.add(Figure.gauge("thread.max.count", threads.getPeakThreadCount()));
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        figures.add(Figure.gauge("classloader.loadedClasses.count", classes.getLoadedClassCount()));
        figures.add(new Figure("classloader.loadedClasses", "_total", null, null, classes.getTotalLoadedClassCount()));
        figures.add(new Figure("classloader.unloadedClasses", "_total", null, null, classes.getUnloadedClassCount()));
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        figures.add(Figure.gauge("cpu.availableProcessors", os.getAvailableProcessors()));
        if (os.getSystemLoadAverage() >= 0) {
            figures.add(Figure.gauge("cpu.systemLoadAverage", os.getSystemLoadAverage()));
        }
        return figures;
    }
}
