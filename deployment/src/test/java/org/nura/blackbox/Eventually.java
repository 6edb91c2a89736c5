package org.nura.blackbox;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for something that happens asynchronously (a JMS consumer, a restart) with a bounded deadline. */
public final class Eventually {

    private Eventually() {
    }

    public static boolean within(Duration limit, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (Boolean.TRUE.equals(condition.call())) {
                return true;
            }
            Thread.sleep(200);
        }
        return Boolean.TRUE.equals(condition.call());
    }
}
