package hark.article;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Allocated;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {
    @Test
    void plainTextIsTitleBlankLineThenBlocksSeparatedByBlankLines() {
        Article article = new Article("Title", Metadata.NONE,
                List.of(Block.paragraph("One."), new Block(BlockKind.HEADING, "Two")));
        assertThat(article.toPlainText()).isEqualTo("Title\n\nOne.\n\nTwo");
    }

    @Test
    void theStartOfThePlainTextIsItsPrefix() {
        Article article = new Article("Title", Metadata.NONE,
                List.of(Block.paragraph("One."), new Block(BlockKind.HEADING, "Two")));
        String whole = article.toPlainText();
        for (int n = 0; n <= whole.length() + 2; n++) {
            assertThat(article.toPlainText(n)).isEqualTo(whole.substring(0, Math.min(n, whole.length())));
        }
        assertThat(new Article("", Metadata.NONE, List.of(Block.paragraph("Body"))).toPlainText(2)).isEqualTo("Bo");
    }

    /** The language check looks at 4,000 characters: a 10 MB article is not copied whole for them. */
    @Test
    void theStartOfALongArticleIsBuiltOnlyThatFar() throws Exception {
        Article article = new Article("Title", Metadata.NONE,
                java.util.Collections.nCopies(100_000, Block.paragraph("A paragraph of a hundred characters. ".repeat(3))));
        assertThat(Allocated.bytesBy(() -> article.toPlainText(4_000))).isLessThan(200_000);
    }
}
