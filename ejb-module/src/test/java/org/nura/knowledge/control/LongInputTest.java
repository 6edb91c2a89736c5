package org.nura.knowledge.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Understanding a text costs work linear in its length: eight times the text may cost about eight times the work,
 * never the square. Work is measured as the bytes the analysis allocates on this thread, which, unlike wall-clock
 * time, does not depend on how busy the machine is; a quadratic step (a substring per prefix of a long word) shows
 * up as 64 times the bytes.
 */
class LongInputTest {

    private static final int SHORT = 4_000;
    private static final int LONG = 8 * SHORT;
    /** Linear with room for fixed costs and hash-table growth; quadratic would be 8 × 8 = 64. */
    private static final double MAX_RATIO = 12;

    private static OnBoxModel model;

    @BeforeAll
    static void train() {
        model = OnBoxModel.train(TenantContent.sampleWithExamples());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"how do I recharge my balance, the puk code please ", "رصيدي خلص كيف اشحن الباقة ",
        "complaintcomplaint", "ب", "ktir ba6i2 el net 3andi "})
    void eightTimesTheTextIsAtMostAboutEightTimesTheWork(String seed) {
        understand(text(seed, LONG)); // warm-up: class loading and lazy caches are no part of the cost
        long small = work(text(seed, SHORT));
        long large = work(text(seed, LONG));
        assertTrue(large <= MAX_RATIO * small, seed + ": " + SHORT + " chars took " + small + " bytes, " + LONG
                + " took " + large + " (ratio " + (double) large / small + ")");
    }

    private static String text(String seed, int length) {
        return seed.repeat(length / seed.length() + 1).substring(0, length);
    }

    private static void understand(String text) {
        model.understand(text, null);
        model.searchHandbook(text, 5);
    }

    /** Bytes allocated by this thread while understanding the text (the median of three runs). */
    private static long work(String text) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] runs = new long[3];
        for (int i = 0; i < runs.length; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            understand(text);
            runs[i] = threads.getCurrentThreadAllocatedBytes() - before;
        }
        java.util.Arrays.sort(runs);
        return runs[1];
    }
}
