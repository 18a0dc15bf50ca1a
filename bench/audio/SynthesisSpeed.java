import hark.pcm.Pcm;
import hark.audio.TempoStretcher;
import hark.script.EnglishNormalizer;
import hark.script.EnglishSentenceSplitter;
import hark.speech.FreeTtsSynthesizer;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Synthesis speed and first-audio latency on a text file: the time to load the voice, to speak the first
 * sentence cold and warm, and the real-time factor of synthesis alone and of a 2x/3x stretch.
 *
 * <p>Run: {@code java -cp CLASSPATH bench/audio/SynthesisSpeed.java FILE}
 */
public final class SynthesisSpeed {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        EnglishNormalizer normalizer = new EnglishNormalizer();
        EnglishSentenceSplitter splitter = new EnglishSentenceSplitter();
        List<String> sentences = text.lines().flatMap(line -> splitter.split(line).stream())
                .map(normalizer::speakable).filter(s -> !s.isBlank()).toList();
        long t0 = System.nanoTime();
        try (Synthesizer synth = new FreeTtsSynthesizer(VoiceSpec.kevin16())) {
            long t1 = System.nanoTime();
            Pcm first = synth.synthesize(sentences.get(0), 1.0);
            long t2 = System.nanoTime();
            Pcm again = synth.synthesize(sentences.get(0), 1.0);
            long t3 = System.nanoTime();
            double audio = 0;
            double synthSeconds = 0;
            double stretch2 = 0;
            double stretch3 = 0;
            for (String s : sentences) {
                long a = System.nanoTime();
                Pcm pcm = synth.synthesize(s, 1.0);
                long b = System.nanoTime();
                TempoStretcher.stretch(pcm, 2.0);
                long c = System.nanoTime();
                TempoStretcher.stretch(pcm, 3.0);
                long d = System.nanoTime();
                audio += pcm.seconds();
                synthSeconds += (b - a) / 1e9;
                stretch2 += (c - b) / 1e9;
                stretch3 += (d - c) / 1e9;
            }
            System.out.printf("sentences %d, audio at 1x %.1f s%n", sentences.size(), audio);
            System.out.printf("voice load %.0f ms; first sentence cold %.0f ms (%.1f s of audio), warm %.0f ms%n",
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, first.seconds(), (t3 - t2) / 1e6);
            System.out.printf("synthesis %.2f s for %.0f s of audio: real-time factor %.4f%n", synthSeconds, audio,
                    synthSeconds / audio);
            System.out.printf("stretch 2x %.4f, 3x %.4f of real time%n", stretch2 / audio, stretch3 / audio);
        }
    }
}
