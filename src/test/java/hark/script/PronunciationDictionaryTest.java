package hark.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hark.HarkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PronunciationDictionaryTest {
    @TempDir
    Path dir;

    @Test
    void literalEntriesReplaceWholeWordsOnly() {
        PronunciationDictionary d = PronunciationDictionary.parse("GIF = jif\n");
        assertThat(d.apply("A GIF, GIFs and a GIFT")).isEqualTo("A jif, GIFs and a GIFT");
    }

    @Test
    void regexEntriesMayUseGroupsAndIgnoreCase() {
        PronunciationDictionary d = PronunciationDictionary.parse("/(\\d+)bps/i = $1 bits per second\n/\\bSQL\\b/ = sequel");
        assertThat(d.apply("It runs at 300BPS on SQL")).isEqualTo("It runs at 300 bits per second on sequel");
    }

    @Test
    void commentsAndBlankLinesAreIgnored() {
        assertThat(PronunciationDictionary.parse("# a comment\n\n   \nKyiv = keev\n").size()).isEqualTo(1);
    }

    @Test
    void aBadLineNamesTheFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("pronunciations"), "ok = fine\nno equals sign here\n");
        assertThatThrownBy(() -> PronunciationDictionary.load(List.of(file)))
                .isInstanceOf(HarkException.class).hasMessageContaining(file + ":2");
    }

    @Test
    void aBadRegexSaysSo() {
        assertThatThrownBy(() -> PronunciationDictionary.parse("/[a-/ = x"))
                .isInstanceOf(HarkException.class).hasMessageContaining("bad regular expression");
    }

    @Test
    void missingFilesAreSkippedAndEarlierFilesWin() throws IOException {
        Path user = Files.writeString(dir.resolve("user"), "Nguyen = nwen\n");
        Path voice = Files.writeString(dir.resolve("voice"), "Nguyen = win\nKyiv = keev\n");
        PronunciationDictionary d = PronunciationDictionary.load(List.of(dir.resolve("absent"), user, voice));
        assertThat(d.apply("Nguyen went to Kyiv")).isEqualTo("nwen went to keev");
    }

    @Test
    void theNormalizerAppliesTheDictionaryBeforeItsOwnRules() {
        EnglishNormalizer normalizer = new EnglishNormalizer(PronunciationDictionary.parse("NASA = the space agency\n"
                + "/\\b(\\d+)k\\b/ = $1 thousand"));
        assertThat(normalizer.speakable("NASA hired 5k people")).isEqualTo("the space agency hired five thousand people");
    }

    @Test
    void theShippedKevinEntriesParse() throws IOException {
        Path shipped = Path.of("voices", "kevin16.pronunciations");
        PronunciationDictionary d = PronunciationDictionary.load(List.of(shipped));
        assertThat(d.size()).isGreaterThan(5);
        assertThat(d.apply("Kyiv")).isEqualTo("keev");
    }
}
