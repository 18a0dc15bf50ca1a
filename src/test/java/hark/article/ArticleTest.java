package hark.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {
    @Test
    void plainTextIsTitleBlankLineThenBlocksSeparatedByBlankLines() {
        Article article = new Article("Title", Metadata.NONE,
                List.of(Block.paragraph("One."), new Block(BlockKind.HEADING, "Two")));
        assertThat(article.toPlainText()).isEqualTo("Title\n\nOne.\n\nTwo");
    }
}
