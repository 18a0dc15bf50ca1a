package hark.script;

import static org.assertj.core.api.Assertions.assertThat;

import hark.article.Article;
import hark.article.Block;
import hark.article.BlockKind;
import hark.article.Metadata;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptWriterTest {
    private final ScriptWriter writer = new ScriptWriter(new EnglishSentenceSplitter(),
            new EnglishNormalizer(PronunciationDictionary.empty()));

    @Test
    void titleComesFirstThenEachBlockAsNormalizedSentences() {
        Article article = new Article("U.S. talks stall", Metadata.NONE, List.of(
                new Block(BlockKind.PARAGRAPH, "Mr. Esper met Moon on Nov. 15. The pact expires on Nov 23."),
                new Block(BlockKind.PARAGRAPH, "It cost $1.2bn.")));
        Script script = writer.write(article);
        assertThat(script.paragraphs()).hasSize(3);
        assertThat(script.paragraphs().get(0).kind()).isEqualTo(BlockKind.HEADING);
        assertThat(script.paragraphs().get(0).sentences().get(0).spoken()).isEqualTo("u s talks stall");
        List<Sentence> first = script.paragraphs().get(1).sentences();
        assertThat(first).extracting(Sentence::text)
                .containsExactly("Mr. Esper met Moon on Nov. 15.", "The pact expires on Nov 23.");
        assertThat(first).extracting(Sentence::spoken).containsExactly("mister esper met moon on november fifteenth.",
                "the pact expires on november twenty third.");
        assertThat(script.paragraphs().get(2).sentences().get(0).spoken())
                .isEqualTo("it cost one point two billion dollars.");
    }

    @Test
    void blocksWithNothingToSayAreLeftOut() {
        Article article = new Article("", Metadata.NONE, List.of(new Block(BlockKind.PARAGRAPH, "😀 🎉"),
                new Block(BlockKind.PARAGRAPH, "Words.")));
        assertThat(writer.write(article).paragraphs()).hasSize(1);
    }

    @Test
    void announcementNamesTheAuthorAndSiteAfterTheTitle() {
        Article article = new Article("Night trains return", new Metadata("Maya Lindqvist", "The Harbour Gazette",
                "", "en"), List.of(new Block(BlockKind.PARAGRAPH, "Sleeper services are back.")));
        List<Sentence> announcement = writer.write(article).paragraphs().get(0).sentences();
        assertThat(announcement).extracting(Sentence::text)
                .containsExactly("Night trains return", "By Maya Lindqvist, The Harbour Gazette.");
        assertThat(announcement.get(1).spoken()).isEqualTo("by maya lindqvist, the harbour gazette.");
    }

    @Test
    void announcementWithoutMetadataIsTheTitleAlone() {
        Article article = new Article("Night trains return", Metadata.NONE,
                List.of(new Block(BlockKind.PARAGRAPH, "Sleeper services are back.")));
        assertThat(writer.write(article).paragraphs().get(0).sentences()).extracting(Sentence::text)
                .containsExactly("Night trains return");
    }
}
