package hark.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hark.HarkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VoiceCatalogTest {
    private Path shipped;
    private Path user;

    @BeforeEach
    void folders() throws IOException {
        Path root = Files.createTempDirectory("hark-catalog-");
        shipped = Files.createDirectories(root.resolve("voices"));
        user = Files.createDirectories(root.resolve("config/voices"));
    }

    @AfterEach
    void clean() throws IOException {
        TinyVoiceJar.deleteTree(shipped.getParent());
    }

    @Test
    void kevin16IsThereEvenWithoutAnyVoiceFolder() {
        VoiceCatalog catalog = VoiceCatalog.load(List.of(shipped.resolve("absent")));

        assertThat(catalog.require(VoiceCatalog.DEFAULT_VOICE)).isEqualTo(VoiceSpec.kevin16());
    }

    @Test
    void missingKeysTakeKevin16sValuesAndTheNameComesFromTheFile() throws IOException {
        Files.writeString(shipped.resolve("quiet.voice"), "pitch = 90\n");

        VoiceSpec quiet = VoiceCatalog.load(List.of(shipped)).require("quiet");

        assertThat(quiet).isEqualTo(new VoiceSpec("quiet", "", "kevin16", 90, 11, 187, 250, 600));
    }

    @Test
    void theUsersFolderOverridesTheShippedOneByName() throws IOException {
        Files.writeString(shipped.resolve("low.voice"), "name = low\npitch = 80\n");
        Files.writeString(user.resolve("my-low.voice"), "name = low\npitch = 70\n");

        VoiceCatalog catalog = VoiceCatalog.load(List.of(shipped, user));

        assertThat(catalog.require("low").pitch()).isEqualTo(70);
        assertThat(catalog.all()).extracting(VoiceSpec::name).containsOnlyOnce("low");
    }

    @Test
    void theShippedPresetsAreDistinctVoicesOnKevin16() {
        List<VoiceSpec> presets = VoiceCatalog.load(List.of(Path.of("voices"))).all();

        assertThat(presets).hasSizeGreaterThanOrEqualTo(4).allMatch(v -> v.freettsVoice().equals("kevin16"));
        assertThat(presets.stream().map(v -> List.of(v.pitch(), v.pitchRange(), v.sentenceGapMs())).distinct())
                .hasSameSizeAs(presets);
    }

    @Test
    void aBadNumberNamesTheFileTheKeyAndTheValueInOneLine() throws IOException {
        Path bad = shipped.resolve("odd.voice");
        Files.writeString(bad, "pitch.range = -3\n");

        assertThatThrownBy(() -> VoiceCatalog.load(List.of(shipped)))
                .isInstanceOf(HarkException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining("pitch.range")
                .hasMessageContaining("-3").hasMessageNotContaining("\n");
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> VoiceCatalog.load(List.of(shipped)).require("nobody"))
                .isInstanceOf(HarkException.class)
                .hasMessageContaining("nobody").hasMessageContaining("kevin16").hasMessageContaining("hark voices");
    }
}
