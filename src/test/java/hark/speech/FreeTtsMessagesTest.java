package hark.speech;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.voice.VoiceSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FreeTTS prints "Can't find diphone w-y" to System.err for "WeWork"; none of what it prints may reach the
 * terminal, and only FreeTTS's own output is diverted.
 */
class FreeTtsMessagesTest {
    /** kevin16 has no w-y diphone, so FreeTTS 1.2.2 complains on System.err while speaking this. */
    static final String WEWORK = "WeWork declined to comment.";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream realOut;
    private PrintStream realErr;

    @BeforeEach
    void watchTheStandardStreams() {
        realOut = System.out;
        realErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreTheStandardStreams() {
        System.setOut(realOut);
        System.setErr(realErr);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @Slow // loads the FreeTTS voice
    void aMissingDiphoneMessageNeverReachesStdoutOrStderr() {
        try (Synthesizer synth = new FreeTtsSynthesizer(VoiceSpec.kevin16())) {
            assertThat(synth.synthesize(WEWORK, 1.0).seconds()).isGreaterThan(0.5);
        }
        assertThat(printed()).isEmpty();
    }

    @Test
    @Slow // loads the FreeTTS voice
    void underDebugTheMessagesGoToTheLogFile() throws Exception {
        Path file = dir.resolve("state/freetts.log");
        try (FreeTtsMessages.DebugLog log = FreeTtsMessages.logTo(file)) {
            try (Synthesizer synth = new FreeTtsSynthesizer(VoiceSpec.kevin16())) {
                synth.synthesize(WEWORK, 1.0);
            }
            assertThat(log.lines()).isPositive();
        }
        assertThat(Files.readString(file)).contains("Can't find diphone w-y");
        assertThat(printed()).isEmpty();
    }

    @Test
    @Slow // loads the FreeTTS voice
    void theLogFileIsMadeOnlyWhenFreeTtsPrintsSomething() throws Exception {
        Path file = dir.resolve("state/freetts.log");
        try (FreeTtsMessages.DebugLog log = FreeTtsMessages.logTo(file)) {
            try (Synthesizer synth = new FreeTtsSynthesizer(VoiceSpec.kevin16())) {
                synth.synthesize("The council met on Tuesday.", 1.0);
            }
            assertThat(log.lines()).isZero();
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void freeTtsLoggersGoToTheLogToo() throws Exception {
        Path file = dir.resolve("freetts.log");
        try (FreeTtsMessages.DebugLog log = FreeTtsMessages.logTo(file)) {
            FreeTtsMessages.capture(() -> {});
            Logger.getLogger("com.sun.speech.freetts.Voice").severe("voice trouble");
        }
        assertThat(Files.readString(file)).contains("voice trouble");
    }

    @Test
    void otherThreadsStillPrintWhileFreeTtsIsCaptured() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch printedOutside = new CountDownLatch(1);
        Thread freetts = new Thread(() -> FreeTtsMessages.capture(() -> {
            System.err.println("from FreeTTS");
            inside.countDown();
            await(printedOutside);
            // A thread FreeTTS starts here (a voice's output thread) is FreeTTS's too.
            Thread child = new Thread(() -> System.out.println("from FreeTTS's own thread"));
            child.start();
            join(child);
        }));
        freetts.start();
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        System.err.println("from hark");
        printedOutside.countDown();
        freetts.join(10_000);
        System.out.println("hark again");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("from hark" + System.lineSeparator());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hark again" + System.lineSeparator());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread t) {
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
