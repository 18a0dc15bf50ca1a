package hark.player;

import hark.HarkException;
import hark.pcm.Pcm;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Synthesizes ahead of playback on its own thread, so that a skip finds its sentence ready. It keeps a bounded
 * window of clips: the sentence before the focus (for ←) and {@code ahead} sentences from it, for the current
 * voice. Synthesizers are made, used and closed on the worker thread only, since FreeTTS is not thread-safe.
 * All public methods are thread-safe.
 */
final class LookAhead implements AutoCloseable {
    /**
     * equals and hashCode by hand, as a record would make them: the record's own are bootstrapped on first use,
     * on the synthesis thread before the first clip (issue 12).
     */
    private record Key(int index, String voice, double synthRate) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && index == k.index && voice.equals(k.voice)
                    && Double.compare(synthRate, k.synthRate) == 0;
        }

        @Override
        public int hashCode() {
            return (31 * index + voice.hashCode()) * 31 + Double.hashCode(synthRate);
        }
    }

    private record Announcement(String text, VoiceSpec voice, double synthRate, CompletableFuture<Pcm> result) {}

    private ScriptMap map; // replaced when a long text's script grows (issue 12)
    /** The sentences before this read the same in the script before it grew and after. */
    private int unchangedBelow;
    private final Function<VoiceSpec, Synthesizer> factory;
    private final int ahead;
    private final Map<Key, Clip> cache = new HashMap<>();
    private final Queue<Announcement> announcements = new ArrayDeque<>();
    private final Thread worker;
    private int focus;
    private VoiceSpec voice;
    private double synthRate;
    private RuntimeException failure;
    private boolean closed;

    LookAhead(ScriptMap map, Function<VoiceSpec, Synthesizer> factory, int ahead, VoiceSpec voice,
              double synthRate) {
        this.map = map;
        this.factory = factory;
        this.ahead = ahead;
        this.voice = voice;
        this.synthRate = synthRate;
        this.worker = new Thread(this::work, "hark-synthesis");
        worker.setDaemon(true);
    }

    void start() {
        worker.start();
    }

    /** Moves the window: from now on sentences from {@code index} on are made with this voice and rate. */
    synchronized void focus(int index, VoiceSpec voice, double synthRate) {
        this.focus = index;
        this.voice = voice;
        this.synthRate = synthRate;
        cache.keySet().removeIf(k -> !keeps(k));
        notifyAll();
    }

    /**
     * Goes on with a grown script: the clips of the first {@code keepBelow} sentences stay, as they read the same
     * in both scripts; the others are made again from the new one.
     */
    synchronized void replace(ScriptMap grown, int keepBelow) {
        this.map = grown;
        this.unchangedBelow = keepBelow;
        cache.keySet().removeIf(k -> k.index() >= keepBelow);
        notifyAll();
    }

    /**
     * Whether a clip belongs in the window. Clips at an old rate are kept only for the sentence playing, which the
     * stretcher adapts at once. A clip finished after a change of rate is checked again here, or it would linger.
     */
    private boolean keeps(Key k) {
        return wanted(k.index()) && k.voice().equals(voice.name())
                && (k.synthRate() == synthRate || k.index() == focus);
    }

    /**
     * Waits for a sentence's clip. A clip made at another rate is taken if the exact one is not ready, since the
     * stretcher can make up the difference at once and a skip must not wait.
     *
     * @return the clip, or null once {@code cancelled} says the caller no longer wants it
     */
    synchronized Clip await(int index, BooleanSupplier cancelled) throws InterruptedException {
        while (true) {
            Clip exact = cache.get(new Key(index, voice.name(), synthRate));
            if (exact != null) {
                return exact;
            }
            for (Clip c : cache.values()) {
                if (c.index() == index && c.voice().equals(voice.name())) {
                    return c;
                }
            }
            if (failure != null) {
                throw failure;
            }
            if (cancelled.getAsBoolean() || closed) {
                return null;
            }
            wait(10);
        }
    }

    /** Speaks a line that is not in the script, such as the status, ahead of any sentence. */
    synchronized CompletableFuture<Pcm> speak(String text, VoiceSpec voice, double synthRate) {
        CompletableFuture<Pcm> result = new CompletableFuture<>();
        announcements.add(new Announcement(text, voice, synthRate, result));
        notifyAll();
        return result;
    }

    private boolean wanted(int index) {
        return index >= focus - 1 && index <= focus + ahead;
    }

    private void work() {
        Map<String, Synthesizer> synths = new HashMap<>();
        try {
            while (true) {
                Announcement said = null;
                Key next;
                VoiceSpec v;
                ScriptMap script;
                synchronized (this) {
                    while (!closed && announcements.isEmpty() && (next = missing()) == null) {
                        wait();
                    }
                    if (closed) {
                        return;
                    }
                    said = announcements.poll();
                    next = said == null ? missing() : null;
                    v = said == null ? voice : said.voice();
                    script = map;
                }
                Synthesizer synth = synths.computeIfAbsent(v.name(), n -> factory.apply(v));
                if (said != null) {
                    speak(synth, said);
                    continue;
                }
                // The sentence's spoken form is computed here, on first use, off the player's thread.
                String spoken = script.sentence(next.index()).spoken();
                Pcm pcm = spoken.isBlank() ? new Pcm(WavRenderer.DEFAULT_RATE, new short[0])
                        : synth.synthesize(spoken, next.synthRate());
                synchronized (this) {
                    // A clip made from the script before it grew may be of another sentence now.
                    if (keeps(next) && (script == map || next.index() < unchangedBelow)) {
                        cache.put(next, new Clip(next.index(), next.voice(), next.synthRate(), pcm));
                        notifyAll();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // An Error too must reach the player as a failure, or it would wait for this thread forever.
            synchronized (this) {
                failure = e instanceof HarkException h ? h : new HarkException(HarkException.AUDIO,
                        "speech synthesis failed (" + e + "); try another voice with --voice", e);
                notifyAll();
            }
        } finally {
            synths.values().forEach(Synthesizer::close);
        }
    }

    private static void speak(Synthesizer synth, Announcement said) {
        try {
            said.result().complete(synth.synthesize(said.text(), said.synthRate()));
        } catch (RuntimeException e) {
            said.result().completeExceptionally(e);
        }
    }

    /** The nearest sentence in the window still to be made at the current voice and rate; null if none. */
    private Key missing() {
        for (int i = focus; i <= focus + ahead && i < map.size(); i++) {
            Key k = new Key(i, voice.name(), synthRate);
            if (!cache.containsKey(k) && !(i == focus && hasAnyRate(i))) {
                return k;
            }
        }
        return null;
    }

    private boolean hasAnyRate(int index) {
        return cache.keySet().stream().anyMatch(k -> k.index() == index && k.voice().equals(voice.name()));
    }

    /** @return how many clips are held; never more than the window times the rates in use */
    synchronized int size() {
        return cache.size();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            worker.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
