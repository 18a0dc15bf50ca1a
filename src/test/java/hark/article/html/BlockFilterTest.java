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

    @ParameterizedTest(name = "drops \"{0}\"")
    @ValueSource(strings = {"First Published: 12 March 2025, 10:41 IST", "Like this story? Share it with a friend!",
        "Follow Jane Marsh on Facebook, Twitter and Instagram.",
        "Note: we are temporarily moderating all comments while we move to a new system.", "Via Reuters",
        "Listen: https://example.org/ep42.mp3 Download: MP3 (24 MB)"})
    void dropsTrailingFurnitureAboutTheStory(String line) {
        List<Block> out = BlockFilter.filter(List.of(Block.paragraph(PROSE), Block.paragraph(PROSE + " Again."),
                Block.paragraph(line)), "Title", false);
        assertThat(out).extracting(Block::text).containsExactly(PROSE, PROSE + " Again.");
    }

    @ParameterizedTest(name = "keeps \"{0}\"")
    @ValueSource(strings = {"Via Appia was the first of the great Roman roads, and parts of it are still in use.",
        "Follow the money, the investigators were told, and they did, all the way to a bank on Twitter Street."})
    void keepsSentencesThatOnlyStartLikeFurniture(String line) {
        List<Block> out = BlockFilter.filter(List.of(Block.paragraph(PROSE), Block.paragraph(line)), "Title", false);
        assertThat(out).extracting(Block::text).containsExactly(PROSE, line);
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
