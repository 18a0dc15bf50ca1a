import hark.pcm.Pcm;
import hark.audio.SpeedPlan;
import hark.audio.TempoStretcher;
import hark.audio.WavWriter;
import hark.speech.FreeTtsSynthesizer;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the benchmark sentences at 1x, 2x and 3x by each route (FreeTTS's native rate, stretching 1x audio
 * with TempoStretcher, hybrids of the two, and the shipped SpeedPlan) as OUT/NAME/NN.wav, and lists the
 * routes in OUT/configs.tsv (name, speed, synth rate, stretch). intelligibility.sh scores them.
 *
 * <p>Run: {@code java -cp CLASSPATH bench/audio/RenderIntelligibility.java SENTENCES OUT}
 */
public final class RenderIntelligibility {
    record Route(String name, double synthRate, double stretch) {
        double speed() {
            return synthRate * stretch;
        }
    }

    public static void main(String[] args) throws IOException {
        List<String> sentences = Files.readAllLines(Path.of(args[0])).stream().filter(s -> !s.isBlank()).toList();
        Path out = Path.of(args[1]);
        List<Route> routes = new ArrayList<>(List.of(
                new Route("1x", 1, 1),
                new Route("native-2x", 2, 1), new Route("stretch-2x", 1, 2),
                new Route("hybrid-1.5n-2x", 1.5, 2 / 1.5),
                new Route("native-3x", 3, 1), new Route("stretch-3x", 1, 3),
                new Route("hybrid-1.5n-3x", 1.5, 2), new Route("hybrid-2n-3x", 2, 1.5),
                new Route("hybrid-2.5n-3x", 2.5, 1.2)));
        for (double speed : new double[] {2, 3}) {
            SpeedPlan plan = SpeedPlan.forSpeed(speed);
            routes.add(new Route("plan-" + (int) speed + "x", plan.synthRate(), plan.stretch()));
        }
        StringBuilder tsv = new StringBuilder();
        try (Synthesizer synth = new FreeTtsSynthesizer(VoiceSpec.kevin16())) {
            for (Route r : routes) {
                Path dir = Files.createDirectories(out.resolve(r.name()));
                for (int i = 0; i < sentences.size(); i++) {
                    Pcm pcm = TempoStretcher.stretch(synth.synthesize(sentences.get(i), r.synthRate()), r.stretch());
                    WavWriter.write(pcm, dir.resolve(String.format("%02d.wav", i)));
                }
                tsv.append(String.format(Locale.ROOT, "%s\t%.2f\t%.3f\t%.3f%n", r.name(), r.speed(), r.synthRate(),
                        r.stretch()));
            }
        }
        Files.writeString(out.resolve("configs.tsv"), tsv);
    }
}
