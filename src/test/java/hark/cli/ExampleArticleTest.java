package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README's first command reads examples/welcome.html: it must come out as the article alone. */
class ExampleArticleTest {
    @Test
    void exampleArticleComesOutWithoutItsClutter() throws IOException {
        CliRunner cli = new CliRunner();
        assertThat(cli.run("text", "examples/welcome.html")).isZero();
        assertThat(cli.out()).isEqualTo(expected());
        assertThat(cli.out()).doesNotContain("cookies", "Advertisement", "credit card", "newsletter", "Related",
                "Comments", "hidden paragraph", "Photo:", "All rights reserved", "Share on", "| The Harbour Gazette");
    }

    @Test
    void exampleArticleMetadataComesFromThePage() {
        CliRunner cli = new CliRunner();
        assertThat(cli.run("text", "--json", "examples/welcome.html")).isZero();
        assertThat(cli.out()).contains("\"byline\": \"Maya Lindqvist\"", "\"site\": \"The Harbour Gazette\"",
                "\"published\": \"2026-03-14T07:30:00Z\"", "\"language\": \"en\"", "\"kind\": \"heading\"",
                "\"kind\": \"list_item\"", "\"kind\": \"quote\"");
    }

    private static String expected() throws IOException {
        try (InputStream in = ExampleArticleTest.class.getResourceAsStream("/examples/welcome.expected.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
