package hark.player;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition in tests of threads, for at most 10 seconds. */
public final class Await {
    private Await() {}

    public static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
