package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import hark.HarkException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input ends in one clear line on stderr, no stack trace, and a non-zero exit code. */
class BadInputTest {
    @TempDir
    Path dir;

    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void assertOneLineError(CliRunner cli, int code, int expected, String... mentions) {
        assertThat(code).isEqualTo(expected);
        String err = cli.err();
        assertThat(err.lines()).as("exactly one line: %s", err).hasSize(1);
        assertThat(err).startsWith("hark: ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(err).contains(mentions);
    }

    @Test
    void speedOutsideHalfToThreeIsAUsageError() {
        CliRunner cli = new CliRunner();
        assertOneLineError(cli, cli.run("--speed", "3.5", "examples/welcome.html"), HarkException.USAGE, "3.5", "0.5",
                "3.0");
    }

    @Test
    void speedThatIsNotANumberIsAUsageError() {
        CliRunner cli = new CliRunner();
        assertOneLineError(cli, cli.run("--speed", "fast", "examples/welcome.html"), HarkException.USAGE, "fast");
    }

    @Test
    void sentenceGapOutsideZeroToFiveSecondsIsAUsageError() {
        CliRunner cli = new CliRunner();
        assertOneLineError(cli, cli.run("--sentence-gap", "9000", "examples/welcome.html"), HarkException.USAGE,
                "9000", "0 to 5000");
    }

    @Test
    void unknownVoiceNamesTheVoiceAndHowToListThem() {
        CliRunner cli = new CliRunner();
        assertOneLineError(cli, cli.run("--voice", "nosuchvoice", "examples/welcome.html"), HarkException.USAGE,
                "nosuchvoice", "hark voices");
    }

    @Test
    void missingFileIsNamed() {
        CliRunner cli = new CliRunner();
        Path missing = dir.resolve("missing.html");
        assertOneLineError(cli, cli.run("text", missing.toString()), HarkException.INPUT, "missing.html");
    }

    @Test
    void directoryIsRefused() {
        CliRunner cli = new CliRunner();
        assertOneLineError(cli, cli.run("text", dir.toString()), HarkException.INPUT, dir.toString());
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n\n ");
        CliRunner cli = new CliRunner();
        assertOneLineError(cli, cli.run("text", empty.toString()), HarkException.INPUT, "empty.txt");
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path file = Files.write(dir.resolve("picture.html"), png);
        CliRunner cli = new CliRunner();
        assertOneLineError(cli, cli.run("text", file.toString()), HarkException.INPUT, "picture.html");
    }

    @Test
    void pageWithNoArticleTextIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("blank.html"),
                "<!DOCTYPE html><html><head><title>x</title></head><body><nav><a href=/>Home</a></nav></body></html>");
        CliRunner cli = new CliRunner();
        assertOneLineError(cli, cli.run("text", file.toString()), HarkException.INPUT, "blank.html");
    }

    @Test
    void unreachableHostIsANetworkError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CliRunner cli = new CliRunner();
        assertOneLineError(cli, cli.run("text", "http://127.0.0.1:" + closedPort + "/story"), HarkException.NETWORK,
                "127.0.0.1");
    }

    @Test
    void httpErrorStatusIsNamedWithItsCode() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "<html><body><p>Forbidden</p></body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(403, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        });
        server.start();
        CliRunner cli = new CliRunner();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/story";
        assertOneLineError(cli, cli.run("text", url), HarkException.NETWORK, "403");
    }

    @Test
    void noSoundDeviceEndsInOneLineAndTheAudioExitCode() {
        // The sink's own message (which suggests -o) is tested with the real JavaSoundSink in hark.audio.
        CliRunner cli = new CliRunner();
        assertOneLineError(cli, cli.run("examples/welcome.html"), HarkException.AUDIO, "no sound device");
    }

    @Test
    void debugShowsTheStackTrace() {
        CliRunner cli = new CliRunner();
        int code = cli.run("--debug", "text", dir.resolve("missing.html").toString());
        assertThat(code).isEqualTo(HarkException.INPUT);
        assertThat(cli.err()).contains("\tat ");
    }
}
