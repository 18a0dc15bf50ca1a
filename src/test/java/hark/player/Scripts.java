package hark.player;

import hark.article.BlockKind;
import hark.script.Paragraph;
import hark.script.Script;
import hark.script.Sentence;
import hark.voice.VoiceSpec;
import java.util.Arrays;
import java.util.List;

/** Small scripts and settings for the player tests. */
public final class Scripts {
    private Scripts() {}

    public static Paragraph paragraph(String... sentences) {
        return new Paragraph(BlockKind.PARAGRAPH, Arrays.stream(sentences).map(s -> new Sentence(s, s)).toList());
    }

    public static Paragraph heading(String text) {
        return new Paragraph(BlockKind.HEADING, List.of(new Sentence(text, text)));
    }

    /** Three paragraphs of 3, 2 and 1 sentences, each sentence a little different in length. */
    public static Script threeParagraphs() {
        return new Script("A test article", List.of(
                paragraph("First sentence of the first paragraph.", "Second sentence of the first paragraph.",
                        "Third sentence of the first paragraph."),
                paragraph("First sentence of the second paragraph.", "Second sentence of the second one."),
                paragraph("The only sentence of the last paragraph.")));
    }

    public static VoiceSpec voice(String name) {
        return new VoiceSpec(name, "test voice", "kevin16", 100, 11, 180, 100, 200);
    }

    public static PlaybackSettings settings(double speed, boolean plain) {
        return new PlaybackSettings(speed, voice("alpha"), List.of(voice("alpha"), voice("beta")), plain);
    }
}
