package hark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hark.article.Article;
import hark.article.Block;
import hark.article.BlockKind;
import hark.article.Metadata;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {
    @Test
    void hostileTextStaysInsideItsStringAndTheDocumentStaysWhole() {
        Article a = new Article("Title \u001B]0;pwned", new Metadata("A \"quoted\" name", "", "", ""),
                List.of(new Block(BlockKind.PARAGRAPH, "line\nbreak \u0090 and \\ slash \u001B[2J done")));
        String json = ArticleJson.of(a);
        assertThat(json).doesNotContain("\u001B", "\u0090")
                .contains("\"title\": \"Title 0;pwned\"", "\"byline\": \"A \\\"quoted\\\" name\"",
                        "\"text\": \"line\\nbreak  and \\\\ slash  done\"")
                .endsWith("]\n}");
    }

    @Test
    void kindsAreLowerCaseInAnyLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            String json = ArticleJson.of(new Article("T", Metadata.NONE, List.of(new Block(BlockKind.HEADING, "H"))));
            assertThat(json).contains("\"kind\": \"heading\"");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
