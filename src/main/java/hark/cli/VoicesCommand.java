package hark.cli;

import hark.audio.AudioSink;
import hark.pcm.Pcm;
import hark.speech.FreeTtsSynthesizer;
import hark.speech.Synthesizer;
import hark.voice.VoiceCatalog;
import hark.voice.VoiceSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code hark voices}: lists the voices, or speaks a sample with one ({@code --say NAME}). */
@Command(name = "voices", mixinStandardHelpOptions = true,
        description = {"List the voices: the files in voices/ and in ~/.config/hark/voices, FreeTTS voice jars "
                + "dropped into those folders, and MBROLA's voices when MBROLA is installed.",
                "With --say NAME, speak a short sample with that voice."})
final class VoicesCommand implements Callable<Integer> {
    /** 20 ms at 16 kHz: small blocks, as the player writes them. */
    private static final int BLOCK_MS = 20;

    @ParentCommand
    ListenCommand parent;

    @Option(names = "--say", paramLabel = "NAME", description = "Speak a sample sentence with this voice.")
    String say;

    @Override
    public Integer call() {
        VoiceCatalog catalog = VoiceCatalog.load(VoiceCatalog.defaultFolders(parent.hark.environment));
        if (say != null) {
            return speakSample(catalog.require(say), catalog.folders());
        }
        for (VoiceSpec v : catalog.all()) {
            String mark = VoiceCatalog.DEFAULT_VOICE.equals(v.name()) ? " (default)" : "";
            parent.hark.out.printf("%-10s %s%s%n", v.name(), v.description(), mark);
        }
        return 0;
    }

    private int speakSample(VoiceSpec voice, List<Path> voiceFolders) {
        String sample = "Hello, this is the voice " + voice.name()
                + ". This is how I sound when I read an article to you.";
        parent.hark.out.println(voice.name() + ": " + sample);
        parent.hark.out.flush();
        Pcm pcm;
        try (Synthesizer synth = new FreeTtsSynthesizer(voice, voiceFolders)) {
            pcm = synth.synthesize(sample, 1.0);
        }
        try (AudioSink sink = parent.hark.sinks.apply(pcm.sampleRate())) {
            short[] samples = pcm.samples();
            int block = Math.max(1, pcm.sampleRate() * BLOCK_MS / 1000);
            for (int at = 0; at < samples.length; at += block) {
                sink.write(samples, at, Math.min(block, samples.length - at));
            }
            sink.drain();
        }
        return 0;
    }
}
