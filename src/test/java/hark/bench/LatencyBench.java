package hark.bench;

import hark.Environment;
import hark.extraction.Extraction;
import hark.article.ExtractionOptions;
import hark.audio.AlsaFileDevice;
import hark.audio.AlsaFileDevice.Arrivals.Arrival;
import hark.player.ScriptMap;
import hark.script.EnglishNormalizer;
import hark.script.EnglishSentenceSplitter;
import hark.script.PronunciationDictionary;
import hark.script.Script;
import hark.script.ScriptWriter;
import hark.source.Sources;
import hark.speech.FreeTtsSynthesizer;
import hark.voice.VoiceCatalog;
import hark.voice.VoiceSpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pause, skip and speed-change latency of the real program on the real audio path: {@code hark.cli.Main --plain}
 * runs in a child JVM (the launcher's JVM flags) with FreeTTS and Java Sound on ALSA's default device, which
 * {@link AlsaFileDevice} points at a file. Keys are written to the child's stdin (a pipe: JLine's dumb terminal)
 * at known {@code System.nanoTime()} moments, and the file's growth is time-stamped every millisecond. Then:
 * <ul>
 *   <li>pause: key to the last growth of the file before the resume key;</li>
 *   <li>skip: key to the arrival of the first bytes of the next sentence's clip, found by content (the sentence
 *       re-synthesized here at 1x is matched sample for sample in the file, see {@link PlayedAudio}); and, as
 *       "skip*", to the arrival of its first loud sample: when the voice is heard;</li>
 *   <li>speed ({@code ]} from 1x): key to the arrival of the first sample that is no longer an exact 1x copy of
 *       the sentence (or the gap and next sentence) that was playing, i.e. the first stretched sample.</li>
 * </ul>
 * Each figure is also given as "handed to the sink": when the write that carried that audio returned, from a
 * {@link StampedSink} around the real sink in the child (the child is {@link StampedHark}: the CLI exactly as
 * {@code Main} builds it, with that wrapper). Both use {@code System.nanoTime()} (CLOCK_MONOTONIC, shared by the
 * two JVMs).
 *
 * <p>What a file arrival means: ALSA's file plugin holds back one line buffer (100 ms) and writes each byte to the
 * file once the next 100 ms have been written, that is about when a real device with the same buffer would play
 * it; on a halt (pause, skip) it writes out what it held at once. So for a speed change, which does not halt,
 * the file figure includes the 100 ms of old-speed audio already queued, as a listener would hear it; for a skip
 * it is about one 20 ms block later than a real device would start the new sentence.
 *
 * <p>Run with bench/latency/run.sh. Not a test: it takes about two minutes.
 */
public final class LatencyBench {
    enum Kind { PAUSE, SPEED, SKIP }

    private record Trial(Kind kind, long keyNanos, long endNanos) {}

    private static final int RATE = 16000;

    private LatencyBench() {}

    public static void main(String[] args) throws Exception {
        int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String article = args.length > 1 ? args[1] : "examples/welcome.html";
        System.out.printf("machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).strip());
        VoiceSpec voice = VoiceCatalog.load(VoiceCatalog.defaultFolders(Environment.system())).require(VoiceCatalog.DEFAULT_VOICE);
        List<short[]> clips = reference(article, voice);
        PlayedAudio probe = new PlayedAudio(clips, new short[0]);
        System.out.printf("reference: %d sentences synthesized at 1x; each begins with a median %.0f ms of "
                + "near-silence before its first loud sample (played between sentences; skipped after a key that moves)%n", clips.size(),
                java.util.stream.IntStream.range(0, clips.size()).map(probe::firstLoud).sorted()
                        .skip((clips.size() - 1) / 2).findFirst().orElse(0) * 1000.0 / RATE);

        Map<Kind, List<double[]>> results = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            results.put(k, new ArrayList<>());
        }
        for (int session = 0; session < 4 && !enough(results, wanted); session++) {
            session(article, wanted, clips, results);
        }
        System.out.printf("%nlatency in ms over the trials (targets from issue 5)%n");
        System.out.printf("%-6s %6s | %-22s | %-22s | %6s%n", "", "", "arrived in the file", "handed to the sink",
                "");
        System.out.printf("%-6s %6s | %6s %6s %8s | %6s %6s %8s | %6s%n", "", "trials", "median", "p90", "max",
                "median", "p90", "max", "target");
        Map<Kind, Integer> targets = Map.of(Kind.PAUSE, 100, Kind.SKIP, 150, Kind.SPEED, 200);
        for (Kind k : Kind.values()) {
            List<double[]> v = results.get(k);
            System.out.printf("%-6s %6d | %s | %s | %6d%n", k.name().toLowerCase(), v.size(), stats(v, 0),
                    stats(v, 1), targets.get(k));
        }
        List<double[]> skips = results.get(Kind.SKIP);
        System.out.printf("%-6s %6d | %s | %s |%n", "skip*", skips.size(), stats(skips, 2), stats(skips, 3));
        System.out.printf("skip*: to the first loud sample (above %d) of the next sentence, the voice itself%n",
                PlayedAudio.QUIET);
        System.out.printf("load average after: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /** Median, p90 and max of one column; NaN (not found) counts as worst. */
    private static String stats(List<double[]> rows, int column) {
        if (rows.isEmpty()) {
            return String.format("%22s", "-");
        }
        List<Double> v = new ArrayList<>(rows.stream().map(r -> Double.isNaN(r[column])
                ? Double.POSITIVE_INFINITY : r[column]).toList());
        v.sort(null);
        return String.format("%6.0f %6.0f %8.0f", v.get((v.size() - 1) / 2),
                v.get((int) Math.ceil(0.9 * v.size()) - 1), v.get(v.size() - 1));
    }

    private static boolean enough(Map<Kind, List<double[]>> results, int wanted) {
        return results.values().stream().allMatch(l -> l.size() >= wanted);
    }

    /** Every sentence as the player synthesizes it at 1x, with the CLI's pipeline and default voice. */
    private static List<short[]> reference(String article, VoiceSpec voice) {
        Script script = new ScriptWriter(new EnglishSentenceSplitter(),
                new EnglishNormalizer(PronunciationDictionary.forVoice(voice.freettsVoice(), Environment.system())))
                .write(new Extraction(ExtractionOptions.DEFAULT)
                        .extract(new Sources(new ByteArrayInputStream(new byte[0])).read(article)));
        ScriptMap map = new ScriptMap(script);
        List<short[]> clips = new ArrayList<>();
        try (FreeTtsSynthesizer synth = new FreeTtsSynthesizer(voice)) {
            for (int i = 0; i < map.size(); i++) {
                clips.add(synth.synthesize(map.sentence(i).spoken(), 1.0).samples());
            }
        }
        return clips;
    }

    private static void session(String article, int wanted, List<short[]> clips, Map<Kind, List<double[]>> results)
            throws Exception {
        try (AlsaFileDevice device = AlsaFileDevice.create()) {
            Path state = Files.createDirectories(device.home().resolve("state"));
            Path writes = device.home().resolve("writes.log");
            ProcessBuilder builder = device.java(StampedHark.class, "--plain", "--from-start", article);
            // the launcher's JVM flags (see ./hark), so the child starts and runs as hark does
            builder.command().addAll(1, List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss4m",
                    "-Dhark.home=" + Path.of("").toAbsolutePath(), "-Dhark.bench.log=" + writes,
                    "-Xlog:gc:file=" + device.home().resolve("gc.log") + ":timenanos"));
            builder.environment().put("XDG_STATE_HOME", state.toString());
            builder.redirectOutput(device.home().resolve("screen.txt").toFile())
                    .redirectError(device.home().resolve("err.txt").toFile());
            Process child = builder.start();
            AlsaFileDevice.Arrivals arrivals = device.record();
            List<Trial> trials = new ArrayList<>();
            try (OutputStream keys = child.getOutputStream()) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (device.size() == 0 && System.nanoTime() < deadline && child.isAlive()) {
                    Thread.sleep(5);
                }
                Thread.sleep(2000); // past the start-up, as a listener would be
                int[] done = new int[Kind.values().length];
                for (int n = 0; child.isAlive() && n < 3 * wanted + 6; n++) {
                    Kind kind = Kind.values()[n % 3];
                    if (results.get(kind).size() + done[kind.ordinal()] >= wanted) {
                        continue;
                    }
                    if (!awaitLoudPlayback(device, arrivals, child)) {
                        break;
                    }
                    long t0 = System.nanoTime();
                    send(keys, switch (kind) {
                        case PAUSE -> " ";
                        case SPEED -> "]";
                        case SKIP -> "\u001B[C";
                    });
                    Thread.sleep(kind == Kind.SKIP ? 1200 : 600);
                    long end = System.nanoTime();
                    if (kind == Kind.PAUSE) {
                        send(keys, " ");
                    } else if (kind == Kind.SPEED) {
                        send(keys, "\u007F"); // Backspace: back to 1x for the next trial
                    }
                    trials.add(new Trial(kind, t0, end));
                    done[kind.ordinal()]++;
                    Thread.sleep(900);
                }
                if (child.isAlive()) {
                    send(keys, "q");
                }
            } catch (IOException e) {
                // the child ended (the article ran out): analyse what was played
            }
            child.waitFor(15, TimeUnit.SECONDS);
            child.destroyForcibly();
            List<Arrival> log = arrivals.stop();
            PlayedAudio played = new PlayedAudio(clips, device.samples());
            Stamps stamps = Stamps.read(writes);
            List<long[]> gc = gcPauses(device.home().resolve("gc.log"));
            System.out.printf("child GC (-Xlog:gc, %d lines): %d pauses, longest %.0f ms%n",
                    Files.exists(device.home().resolve("gc.log"))
                            ? Files.readAllLines(device.home().resolve("gc.log")).size() : 0, gc.size(),
                    gc.stream().mapToLong(g -> g[1] - g[0]).max().orElse(0) / 1e6);
            System.out.printf("session: %d trials, %.1f s of audio played, exit %d%n", trials.size(),
                    played.length() / (double) RATE, child.exitValue());
            for (Trial t : trials) {
                double[] ms = switch (t.kind()) {
                    case PAUSE -> pause(log, stamps, t);
                    case SKIP -> skip(played, log, stamps, t);
                    case SPEED -> speed(played, log, stamps, t);
                };
                long gcMs = gc.stream().filter(g -> g[1] > t.keyNanos() && g[0] < t.keyNanos() + 300_000_000L)
                        .mapToLong(g -> g[1] - g[0]).sum() / 1_000_000;
                System.out.printf("  %-5s %s%s%n", t.kind().name().toLowerCase(), ms == null
                        ? "not measurable (see reason above)"
                        : String.format("file %.0f ms, sink %.0f ms", ms[0], ms[1])
                                + (ms.length > 2 ? String.format("; first speech: file %.0f ms, sink %.0f ms",
                                        ms[2], ms[3]) : ""),
                        gcMs > 0 ? " (child GC pauses within 300 ms of the key: " + gcMs + " ms)" : "");
                if (ms != null) {
                    results.get(t.kind()).add(ms);
                }
            }
        }
    }

    /** The child's GC pauses as [start, end] in System.nanoTime(), from -Xlog:gc with the timenanos decorator. */
    private static List<long[]> gcPauses(Path log) throws IOException {
        Pattern line = Pattern.compile("^\\[(\\d+)ns\\].* Pause .* ([\\d.]+)ms$");
        List<long[]> pauses = new ArrayList<>();
        if (Files.exists(log)) {
            for (String l : Files.readAllLines(log)) {
                Matcher m = line.matcher(l);
                if (m.matches()) {
                    long end = Long.parseLong(m.group(1));
                    pauses.add(new long[] {end - (long) (Double.parseDouble(m.group(2)) * 1e6), end});
                }
            }
        }
        return pauses;
    }

    private static void send(OutputStream keys, String key) throws IOException {
        keys.write(key.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** Waits until the file grew in the last 15 ms and its last 20 ms are speech, not a gap. */
    private static boolean awaitLoudPlayback(AlsaFileDevice device, AlsaFileDevice.Arrivals arrivals,
                                             Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && child.isAlive()) {
            List<Arrival> log = arrivals.list();
            if (!log.isEmpty() && System.nanoTime() - log.get(log.size() - 1).nanos() < 15_000_000
                    && tailIsLoud(device.output())) {
                return true;
            }
            Thread.sleep(3);
        }
        return false;
    }

    private static boolean tailIsLoud(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        int n = Math.min(raw.length / 2, RATE / 50);
        short[] tail = new short[n];
        for (int i = 0; i < n; i++) {
            int at = raw.length / 2 * 2 - 2 * (n - i);
            tail[i] = (short) ((raw[at] & 0xFF) | raw[at + 1] << 8);
        }
        return n > 0 && PlayedAudio.loud(tail, 0, n);
    }

    private static double[] pause(List<Arrival> log, Stamps stamps, Trial t) {
        long last = t.keyNanos();
        for (Arrival a : log) {
            if (a.nanos() > t.keyNanos() && a.nanos() <= t.endNanos()) {
                last = a.nanos();
            }
        }
        long halt = stamps.haltAfter(t.keyNanos());
        return new double[] {ms(last - t.keyNanos()), ms(halt - t.keyNanos())};
    }

    private static double ms(long nanos) {
        return nanos == Long.MAX_VALUE ? Double.NaN : nanos / 1e6;
    }

    private static double[] skip(PlayedAudio played, List<Arrival> log, Stamps stamps, Trial t) {
        int atKey = (int) (bytesAt(log, t.keyNanos()) / 2);
        int[] foundAt = new int[1];
        PlayedAudio.Spot playing = played.lastCopyBefore(atKey - 1, foundAt);
        if (playing == null) {
            System.out.println("  skip: no sentence recognised at the key");
            return null;
        }
        int target = playing.clip() + 1;
        int[] matchedAt = new int[1];
        PlayedAudio.Spot spot = played.clipAfter(atKey, target, matchedAt);
        if (spot == null) {
            System.out.printf("  skip: sentence %d not found after the key%n", target + 1);
            return null;
        }
        // the first sample played of the target (the player may skip its leading silence), and its voice
        int start = played.firstPlayed(matchedAt[0], spot, atKey);
        int speech = matchedAt[0] - spot.pos() + played.firstLoud(target);
        short[] all = played.samples();
        return new double[] {ms(arrivalOf(log, 2L * start) - t.keyNanos()),
                ms(stamps.writeOf(all, start, t.keyNanos()) - t.keyNanos()),
                ms(arrivalOf(log, 2L * speech) - t.keyNanos()),
                ms(stamps.writeOf(all, speech, t.keyNanos()) - t.keyNanos())};
    }

    private static double[] speed(PlayedAudio played, List<Arrival> log, Stamps stamps, Trial t) {
        int atKey = (int) (bytesAt(log, t.keyNanos()) / 2);
        int[] foundAt = new int[1];
        PlayedAudio.Spot playing = played.lastCopyBefore(atKey - 1, foundAt);
        if (playing == null) {
            System.out.println("  speed: no 1x sentence recognised at the key");
            return null;
        }
        int departure = played.firstDeparture(foundAt[0], playing, atKey + 2 * RATE);
        if (departure < atKey) {
            System.out.printf("  speed: %s%n", departure < 0 ? "no stretched audio within 2 s"
                    : "audio departed from 1x before the key");
            return null;
        }
        return new double[] {ms(arrivalOf(log, 2L * departure) - t.keyNanos()),
                ms(stamps.writeOf(played.samples(), departure, t.keyNanos()) - t.keyNanos())};
    }

    private static long bytesAt(List<Arrival> log, long nanos) {
        long bytes = 0;
        for (Arrival a : log) {
            if (a.nanos() <= nanos) {
                bytes = a.bytes();
            }
        }
        return bytes;
    }

    /** When the byte at {@code offset} arrived in the file. */
    private static long arrivalOf(List<Arrival> log, long offset) {
        for (Arrival a : log) {
            if (a.bytes() > offset) {
                return a.nanos();
            }
        }
        return Long.MAX_VALUE;
    }
}
