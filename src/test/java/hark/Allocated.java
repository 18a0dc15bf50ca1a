package hark;

import java.lang.management.ManagementFactory;

/**
 * How many bytes of heap the current thread allocates while it runs an action, from HotSpot's per-thread counter:
 * what a change that avoids a copy of a large text can assert, whatever the heap's size and however the collector
 * runs (issue 12, peak memory). The action runs once before it is counted, so that loading its classes is not.
 */
public final class Allocated {
    /** An action that may throw, as reading does. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private Allocated() {}

    public static long bytesBy(Action action) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        action.run();
        long before = threads.getCurrentThreadAllocatedBytes();
        action.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
