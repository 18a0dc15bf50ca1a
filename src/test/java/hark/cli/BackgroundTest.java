package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hark.HarkException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundTest {
    @Test
    void theStepRunsOnItsOwnThreadAndItsResultIsHandedOver() {
        AtomicReference<String> ranOn = new AtomicReference<>();
        Background<String> step = Background.start("hark-test-step", () -> {
            ranOn.set(Thread.currentThread().getName());
            return "voice";
        });
        assertThat(step.take()).isEqualTo("voice");
        assertThat(ranOn.get()).isEqualTo("hark-test-step");
    }

    @Test
    void aFailureIsRethrownAsItWasSoTheUserSeesTheSameOneLine() {
        Background<String> step = Background.start("hark-test-step", () -> {
            throw new HarkException(HarkException.AUDIO, "no sound device (test)");
        });
        assertThatThrownBy(step::take).isInstanceOfSatisfying(HarkException.class,
                e -> assertThat(e.exitCode()).isEqualTo(HarkException.AUDIO));
    }

    @Test
    void aResultNobodyTookIsClosedOnceReady() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Background<String> step = Background.start("hark-test-step", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "sink";
        });
        step.discard(s -> closed.countDown());
        release.countDown();
        assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(step.taken()).isTrue();
    }

    @Test
    void aTakenResultIsNotClosedByDiscard() {
        Background<String> step = Background.start("hark-test-step", () -> "sink");
        step.take();
        AtomicReference<String> closed = new AtomicReference<>();
        step.discard(closed::set);
        assertThat(closed.get()).isNull();
    }
}
