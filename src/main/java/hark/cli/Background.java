package hark.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One slow start-up step (loading the voice, opening the sound device) run on its own daemon thread while the
 * article is read and cleaned. {@link #take} waits for it and hands over the result, or rethrows its failure
 * as if it had run on the caller's thread; {@link #discard} closes a result nobody took. Thread-safe.
 *
 * <pre>{@code
 * Background<AudioSink> sink = Background.start("hark-open-sound", () -> new JavaSoundSink(16000));
 * try (AudioSink s = sink.take()) { ... } finally { sink.discard(AudioSink::close); }
 * }</pre>
 */
final class Background<T> {
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private boolean taken;

    private Background() {}

    /** Its own thread, not the common pool: on two cores that pool has one worker, and the steps would queue. */
    static <T> Background<T> start(String name, Supplier<T> step) {
        Background<T> b = new Background<>();
        Thread thread = new Thread(() -> {
            try {
                b.result.complete(step.get());
            } catch (Throwable t) {
                b.result.completeExceptionally(t);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return b;
    }

    /** Waits for the step; its exception is rethrown unwrapped. Call at most once. */
    synchronized T take() {
        if (taken) {
            throw new IllegalStateException("already taken");
        }
        taken = true;
        try {
            return result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** True once the step has finished, with a result or a failure. */
    boolean done() {
        return result.isDone();
    }

    synchronized boolean taken() {
        return taken;
    }

    /** Closes the result once it is ready if nobody took it; a failed step needs no closing. */
    synchronized void discard(Consumer<T> close) {
        if (!taken) {
            taken = true;
            result.thenAccept(close);
        }
    }
}
