package hark.player;

import hark.audio.AudioSink;
import hark.audio.Pcm;
import hark.script.Paragraph;
import hark.script.Script;
import hark.script.Sentence;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.util.function.Function;
import org.jline.terminal.Terminal;

/** First version: reads the script from start to end, printing each sentence; no keys yet. */
public final class ListenSession {
    private final Script script;
    private final PlaybackSettings settings;
    private final Function<VoiceSpec, Synthesizer> voices;
    private final AudioSink sink;
    private final Terminal terminal;

    public ListenSession(Script script, PlaybackSettings settings, Function<VoiceSpec, Synthesizer> voices,
                         AudioSink sink, Terminal terminal) {
        this.script = script;
        this.settings = settings;
        this.voices = voices;
        this.sink = sink;
        this.terminal = terminal;
    }

    /** @return the exit code */
    public int run() {
        try (Synthesizer synth = voices.apply(settings.voice())) {
            for (Paragraph p : script.paragraphs()) {
                for (Sentence s : p.sentences()) {
                    terminal.writer().println(s.text());
                    terminal.flush();
                    Pcm pcm = synth.synthesize(s.spoken(), settings.speed());
                    sink.write(pcm.samples(), 0, pcm.samples().length);
                }
            }
            sink.drain();
        }
        return 0;
    }
}
