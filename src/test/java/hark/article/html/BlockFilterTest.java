package hark.article.html;

import static org.assertj.core.api.Assertions.assertThat;

import hark.article.Block;
import hark.article.BlockKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlockFilterTest {
    private static final String PROSE = "The council met on Tuesday evening and agreed, after a long debate, to fund"
            + " the new footbridge over the river.";

    @ParameterizedTest(name = "drops \"{0}\"")
    @ValueSource(strings = {"Advertisement", "Share this article", "Sign up for our daily newsletter",
        "Read more: Council votes on the bridge", "Lesen Sie auch: Der Brückenstreit", "Photo: Tom Reed/Agency",
        "Updated 12.03.2024", "16 marca 2021", "Impressum | Datenschutz | Kontakt", "You must be logged in to post a comment",
        "Comments are closed.", "5 min read", "© 2024 The Courier"})
    void dropsFurnitureLines(String line) {
        List<Block> out = BlockFilter.filter(List.of(Block.paragraph(PROSE), Block.paragraph(line),
                Block.paragraph(PROSE + " Again.")), "Title", false);
        assertThat(out).extracting(Block::text).containsExactly(PROSE, PROSE + " Again.");
    }

    @Test
    void keepsCreditsWhenCaptionsAreWanted() {
        List<Block> out = BlockFilter.filter(List.of(Block.paragraph(PROSE),
                new Block(BlockKind.CAPTION, "Photo: Tom Reed")), "Title", true);
        assertThat(out).hasSize(2);
    }

    @Test
    void endsTheArticleAtATrailingRelatedList() {
        List<Block> in = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            in.add(Block.paragraph(PROSE + " Part " + i + "."));
        }
        in.add(new Block(BlockKind.HEADING, "More from the Courier"));
        in.add(new Block(BlockKind.LIST_ITEM, "Bridge closes for repairs"));
        in.add(new Block(BlockKind.LIST_ITEM, "New bakery opens"));
        assertThat(BlockFilter.filter(in, "Title", false)).hasSize(4);
    }

    @Test
    void dropsTheTitleRepeatedAtTheTopButKeepsOrdinaryShortLines() {
        List<Block> out = BlockFilter.filter(List.of(new Block(BlockKind.HEADING, "Seals return"),
                Block.paragraph(PROSE), Block.paragraph("He said no.")), "Seals Return", false);
        assertThat(out).extracting(Block::text).containsExactly(PROSE, "He said no.");
    }
}
