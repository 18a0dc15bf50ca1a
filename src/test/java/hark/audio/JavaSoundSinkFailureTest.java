package hark.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hark.HarkException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.Test;

/**
 * A line that fails in the middle of playing, as Java Sound shows it: write returns short with no exception
 * (the device went away underneath), or throws. Either way the sink ends the write with one AUDIO error, instead of
 * pacing on through the article in silence.
 */
class JavaSoundSinkFailureTest {
    private static final int RATE = 16_000;

    @Test
    void aLineThatStopsTakingBytesEndsTheWriteWithAnAudioError() {
        JavaSoundSink sink = new JavaSoundSink(line(call -> call < 3 ? -1 : 0, new AtomicBoolean(true)), RATE);
        assertThatThrownBy(() -> sink.write(new short[RATE], 0, RATE))
                .isInstanceOf(HarkException.class)
                .hasMessageContaining("sound device stopped")
                .matches(e -> ((HarkException) e).exitCode() == HarkException.AUDIO);
    }

    @Test
    void aLineThatThrowsEndsTheWriteWithAnAudioError() {
        JavaSoundSink sink = new JavaSoundSink(line(call -> {
            throw new IllegalStateException("device gone");
        }, new AtomicBoolean(true)), RATE);
        assertThatThrownBy(() -> sink.write(new short[RATE], 0, RATE))
                .isInstanceOf(HarkException.class)
                .hasMessageContaining("device gone")
                .matches(e -> ((HarkException) e).exitCode() == HarkException.AUDIO);
    }

    @Test
    void aShortWriteOnAClosedLineIsTheSessionEndingNotAFailure() {
        AtomicBoolean open = new AtomicBoolean(false);
        JavaSoundSink sink = new JavaSoundSink(line(call -> 0, open), RATE);
        sink.write(new short[RATE], 0, RATE); // returns quietly
    }

    /**
     * A fake line: {@code written} maps the call number to the bytes taken (-1: all of them) or throws. Writes are
     * taken at once, so the sink's own pacing sets the speed.
     */
    private static SourceDataLine line(IntUnaryOperator written, AtomicBoolean open) {
        AtomicInteger calls = new AtomicInteger();
        return (SourceDataLine) Proxy.newProxyInstance(SourceDataLine.class.getClassLoader(),
                new Class<?>[] {SourceDataLine.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "write" -> {
                        int taken = written.applyAsInt(calls.getAndIncrement());
                        yield taken < 0 ? (int) args[2] : taken;
                    }
                    case "getBufferSize" -> RATE / 10 * 2;
                    case "isOpen" -> open.get();
                    case "isRunning" -> true;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> defaultFor(method.getReturnType());
                });
    }

    private static Object defaultFor(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == float.class) {
            return 0f;
        }
        return null;
    }
}
