package hark.keys;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With no terminal at all (setsid: no controlling tty; stdin and stdout pipes), the listening terminal is a dumb
 * one over stdin, as before issue 10: keys are stdin's bytes, and there are none when stdin carries the article.
 * The real-terminal cases are in {@code hark.cli.RealTerminalTest}.
 */
@Slow
class ListeningTerminalTest {
    @ParameterizedTest
    @CsvSource({"true, keys=false type=dumb lines=false", "false, keys=true type=dumb lines=false"})
    void withoutATerminalKeysComeFromStdinUnlessItCarriesTheArticle(boolean articleOnStdin, String expected)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of("setsid", "-w", java, "-cp", System.getProperty("java.class.path"),
                NoTerminalChild.class.getName(), Boolean.toString(articleOnStdin))).redirectErrorStream(true).start();
        child.getOutputStream().close();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains(expected);
    }
}
