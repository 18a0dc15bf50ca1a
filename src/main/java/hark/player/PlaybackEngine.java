package hark.player;

import hark.audio.AudioSink;
import hark.pcm.Pcm;
import hark.audio.TempoStretcher;
import hark.script.Position;
import hark.speech.Synthesizer;
import hark.voice.VoiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Plays a script: a {@link LookAhead} synthesizes a few sentences ahead, and a playback thread streams the
 * current sentence through a {@link TempoStretcher} to the {@link AudioSink} in blocks of at most 20 ms, then
 * the gap after it. Commands arrive from any thread through {@link #apply}; pause and skips halt the sink at
 * once, and the playback thread checks for them between blocks. Speed changes reach the stretcher from the next
 * block without restarting the sentence. Thread-safe.
 *
 * <p>A long text can start on the script of its beginning ({@link #counting}) and {@link #grow} into the whole
 * text's script once that is cleaned (issue 12); until then a key that needs what lies beyond the beginning (End,
 * or a move past its last sentence, paragraph or heading) is answered once the whole is known, and the end of the
 * beginning waits for it rather than ending the article.
 */
public final class PlaybackEngine implements AutoCloseable {
    /** How many sentences are synthesized ahead of the one playing. */
    static final int LOOK_AHEAD = 3;
    private static final int CANCELLED = -1;
    private static final int GO = -2;

    private volatile ScriptMap map; // written under this
    private final List<VoiceSpec> voices;
    private final AudioSink sink;
    private final PlaybackListener listener;
    private final LookAhead lookAhead;
    private final Thread thread;

    // Guarded by this.
    private int index;
    private PlaybackState state = PlaybackState.PLAYING;
    private double speed;
    private int voice;
    private long epoch;
    private long written;
    private long sentenceFrames;
    private int outputRate = 16000;
    private String pendingSpeech;
    /** The status was asked for while paused: pause again once it has been said. */
    private boolean pauseAfterSpeech;
    /** Set by a key that moved playback: the next clip skips its leading silence, so the key is heard at once. */
    private boolean moved;
    private boolean closed;
    private long framesBase;
    private ReadingRate rate;
    private TimeLeft timeLeft = new TimeLeft();
    /** False while {@link #map} is only a long text's beginning. */
    private boolean complete = true;
    /** Starts counting the rest of a long text; null once run. */
    private Runnable countRest;
    /** Keys that need the whole text, kept until it is known. */
    private final List<Command> deferred = new ArrayList<>();

    private volatile double stretch = Double.NaN;
    private volatile RuntimeException failure;
    private TempoStretcher stretcher;

    public PlaybackEngine(ScriptMap map, PlaybackSettings settings, Function<VoiceSpec, Synthesizer> synthesizers,
                          AudioSink sink, PlaybackListener listener) {
        this.map = map;
        this.voices = voicesStartingWith(settings.voice(), settings.voices());
        this.sink = sink;
        this.listener = listener;
        this.speed = clamp(settings.speed());
        this.rate = new ReadingRate(voices.get(0).wordsPerMinute());
        this.lookAhead = new LookAhead(map, synthesizers, LOOK_AHEAD, voices.get(0), Pacing.synthRate(speed));
        this.thread = new Thread(this::play, "hark-playback");
        thread.setDaemon(true);
    }

    private static List<VoiceSpec> voicesStartingWith(VoiceSpec first, List<VoiceSpec> all) {
        java.util.ArrayList<VoiceSpec> list = new java.util.ArrayList<>(List.of(first));
        all.stream().filter(v -> !v.name().equals(first.name())).forEach(list::add);
        return List.copyOf(list);
    }

    /** Starts at a position (clamped into the script), for resuming. Call before {@link #start}. */
    public synchronized void startAt(Position position) {
        index = map.indexOf(position);
    }

    /**
     * Says that the script is a long text's beginning, which {@link #grow} will replace. Call before {@link #start}.
     *
     * @param countRest starts the cleaning of the whole, run once the first sentence is playing (so that the two
     *     do not share the cores before the first audio) or when a key needs the whole
     */
    public synchronized void counting(Runnable countRest) {
        complete = false;
        this.countRest = countRest;
    }

    private synchronized void countRest() {
        if (countRest != null) {
            Runnable run = countRest;
            countRest = null;
            run.run();
        }
    }

    /** @return true until the whole text's script is known (after {@link #counting}) */
    public synchronized boolean isCounting() {
        return !complete;
    }

    /** The script as far as it is known: the beginning's while {@link #isCounting}, then the whole's. */
    public ScriptMap map() {
        return map;
    }

    /**
     * Goes on with the whole text's script in place of the beginning's. The sentence playing plays on when it is
     * at the same place in both, as it is unless the whole was cleaned differently near its start; otherwise
     * playback moves to where that sentence lies in the whole ({@link ScriptMap#carriedTo}). Keys that waited for
     * the whole are then answered.
     */
    public void grow(ScriptMap whole) {
        ScriptMap beginning;
        synchronized (this) {
            if (complete) {
                return;
            }
            beginning = map;
        }
        // The clips made ahead stay where the two scripts read the same: every move below lands at or after that.
        // Outside this lock, since the look-ahead asks the engine whether a wait is cancelled while holding its own.
        lookAhead.replace(whole, beginning.sameBefore(whole));
        List<Command> waiting;
        synchronized (this) {
            int at = beginning.carriedTo(whole, index);
            map = whole;
            complete = true;
            timeLeft = new TimeLeft(); // the whole's time left is far longer, and must not be held to the beginning's
            if (at != index && state != PlaybackState.ENDED) {
                moveTo(at);
            }
            waiting = List.copyOf(deferred);
            deferred.clear();
            notifyAll();
        }
        waiting.forEach(this::apply);
    }

    public void start() {
        synchronized (this) {
            framesBase = sink.framesPlayed();
            if (map.size() == 0) {
                state = PlaybackState.ENDED;
            }
        }
        lookAhead.start();
        thread.start();
    }

    public synchronized void apply(Command command) {
        if (state == PlaybackState.ENDED || closed || !command.playback()) {
            return;
        }
        if (!complete && needsWhole(command)) {
            deferred.add(command);
            countRest();
            return;
        }
        pauseAfterSpeech = false;
        switch (command) {
            case TOGGLE_PAUSE -> {
                state = state == PlaybackState.PLAYING ? PlaybackState.PAUSED : PlaybackState.PLAYING;
                if (state == PlaybackState.PAUSED) {
                    sink.halt();
                }
            }
            case BACK -> moveTo(sentenceFrames < outputRate ? Math.max(0, index - 1) : index);
            // On the last sentence, → stays put like ↓: only playing to the end finishes the article.
            case NEXT_SENTENCE -> moveWithin(index + 1);
            case REPEAT -> moveTo(index);
            // With nothing ahead, ↓ and PgDn stay put: ending the article there would lose the listener's place.
            case NEXT_PARAGRAPH -> moveWithin(map.nextParagraph(index));
            case PREVIOUS_PARAGRAPH -> moveTo(map.previousParagraph(index));
            case NEXT_SECTION -> moveWithin(map.nextSection(index));
            case PREVIOUS_SECTION -> moveTo(map.previousSection(index));
            case START -> moveTo(0);
            case END -> moveTo(map.size() - 1);
            case FASTER -> speed = clamp(speed + 0.1);
            case SLOWER -> speed = clamp(speed - 0.1);
            case MUCH_FASTER -> speed = clamp(speed + 0.5);
            case MUCH_SLOWER -> speed = clamp(speed - 0.5);
            case NORMAL_SPEED -> speed = 1.0;
            case NEXT_VOICE -> {
                voice = (voice + 1) % voices.size();
                rate = new ReadingRate(voices.get(voice).wordsPerMinute());
                moveTo(index);
            }
            default -> {
                // not reached: playback() said it is the session's
            }
        }
        notifyAll();
    }

    /** Whether a command goes beyond a long text's beginning, and so must wait for the whole script. */
    private boolean needsWhole(Command command) {
        return switch (command) {
            case END -> true;
            case NEXT_SENTENCE -> index + 1 >= map.size();
            case NEXT_PARAGRAPH -> map.nextParagraph(index) >= map.size();
            case NEXT_SECTION -> map.nextSection(index) >= map.size();
            default -> false;
        };
    }

    /** Moves to a position (clamped into the script), as a search does; playing or paused stays as it was. */
    public synchronized void jumpTo(Position position) {
        if (state == PlaybackState.ENDED || closed || map.size() == 0) {
            return;
        }
        moveTo(map.indexOf(position));
        notifyAll();
    }

    /** Speaks a line (such as the status) now, then restarts the current sentence. */
    public synchronized void say(String text) {
        if (state == PlaybackState.ENDED || closed) {
            return;
        }
        pendingSpeech = text;
        pauseAfterSpeech = state == PlaybackState.PAUSED;
        state = PlaybackState.PLAYING;
        moveTo(index);
        notifyAll();
    }

    private void moveWithin(int target) {
        if (target < map.size()) {
            moveTo(target);
        }
    }

    private void moveTo(int target) {
        if (target >= map.size()) {
            state = PlaybackState.ENDED;
        } else {
            index = target;
        }
        epoch++;
        sentenceFrames = 0;
        moved = true;
        sink.halt();
        written = sink.framesPlayed() - framesBase; // what was queued is gone
    }

    private static double clamp(double s) {
        double rounded = Math.round(s * 10) / 10.0;
        return Math.max(PlaybackSettings.MIN_SPEED, Math.min(PlaybackSettings.MAX_SPEED, rounded));
    }

    public synchronized Snapshot snapshot() {
        int i = Math.min(index, Math.max(0, map.size() - 1));
        VoiceSpec v = voices.get(voice);
        if (map.size() == 0) {
            return new Snapshot(title(), state, speed, Position.START, 0, 0, 100, 0, "", v.name(), 0);
        }
        int p = map.paragraphOf(i);
        int total = map.totalWords();
        boolean ended = state == PlaybackState.ENDED;
        int done = ended ? total : map.wordsBefore(i);
        double wpm = rate.atNormalSpeed() * speed;
        long left = ended || !complete ? 0 : timeLeft.next(wordsLeft(i, total - done, wpm), i, speed, voice);
        int percent = !complete ? 0 : total == 0 ? (ended ? 100 : 0) : (int) (100L * done / total);
        int shownWpm = rate.measured() ? (int) Math.round(wpm) : 0;
        return new Snapshot(title(), state, speed, map.at(i), map.paragraphCount(), map.paragraphSize(p), percent,
                left, map.sentence(i).text(), v.name(), shownWpm, !complete);
    }

    private String title() {
        return map.title() == null ? "" : map.title();
    }

    /** Seconds for the words left, less what has already been heard of the current sentence. */
    private double wordsLeft(int i, int wordsFromHere, double wpm) {
        if (wpm <= 0) {
            return 0;
        }
        double heardWords = Math.min(map.sentence(i).wordCount(), sentenceFrames / (double) outputRate * wpm / 60);
        return Math.max(0, (wordsFromHere - heardWords) / wpm * 60);
    }

    /** Waits until the script has been played to the end, quit, or failed. */
    public boolean awaitEnd(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    /** @return what stopped playback, or null */
    public RuntimeException failure() {
        return failure;
    }

    /** The tempo factor the stretcher applies now: speed over the synthesis rate of the clip playing. */
    public double stretcherSpeed() {
        return stretch;
    }

    private void play() {
        try {
            while (true) {
                int i;
                long ep;
                String speech;
                boolean trim;
                ScriptMap m; // the script this sentence is in, even if it grows while the sentence plays
                synchronized (this) {
                    while (state == PlaybackState.PAUSED && !closed) {
                        wait();
                    }
                    if (closed || state == PlaybackState.ENDED) {
                        break;
                    }
                    i = index;
                    m = map;
                    ep = epoch;
                    speech = pendingSpeech;
                    pendingSpeech = null;
                    trim = moved;
                    moved = false;
                }
                double synthRate = Pacing.synthRate(currentSpeed());
                lookAhead.focus(i, currentVoice(), synthRate);
                if (speech != null) {
                    Pcm said = awaitSpeech(lookAhead.speak(speech, currentVoice(), synthRate), ep);
                    if (said != null) {
                        stream(said, synthRate, ep, false, true);
                    }
                    synchronized (this) {
                        if (epoch == ep) {
                            epoch++;
                            if (pauseAfterSpeech) {
                                pauseAfterSpeech = false;
                                state = PlaybackState.PAUSED;
                            }
                        }
                    }
                    continue;
                }
                Clip clip = lookAhead.await(i, () -> cancelled(ep));
                if (clip == null || !stream(clip.pcm(), clip.synthRate(), ep, true, trim)) {
                    continue;
                }
                // A sentence with nothing to say (its spoken form came out empty) is skipped: no pause either.
                if (!gap(Pacing.gapFrames(currentVoice(), m.lastInParagraph(i), clip.pcm(), currentSpeed()),
                        clip.pcm().sampleRate(), ep)) {
                    continue;
                }
                synchronized (this) {
                    if (epoch != ep) {
                        continue;
                    }
                    rate.heard(m.sentence(i).wordCount(), sentenceFrames / (double) outputRate, speed);
                    // The end of a long text's beginning is not the end of the article: wait for the rest (and
                    // start counting it, should no sentence so far have been heard to start it).
                    if (!complete && i + 1 >= map.size()) {
                        countRest();
                    }
                    while (!complete && i + 1 >= map.size() && epoch == ep && !closed) {
                        wait();
                    }
                    if (epoch != ep || closed) {
                        continue;
                    }
                    if (i + 1 < map.size()) {
                        index = i + 1;
                        continue;
                    }
                }
                sink.drain();
                synchronized (this) {
                    if (epoch == ep) {
                        state = PlaybackState.ENDED;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            // Even an Error must end in one line for the listener, not a silent player or a trace on the screen.
            failure = new IllegalStateException("playback failed: " + e, e);
        } finally {
            synchronized (this) {
                state = PlaybackState.ENDED;
                notifyAll();
            }
            listener.ended(snapshot());
        }
    }

    private synchronized double currentSpeed() {
        return speed;
    }

    private synchronized int currentIndex() {
        return index;
    }

    private synchronized VoiceSpec currentVoice() {
        return voices.get(voice);
    }

    private synchronized boolean cancelled(long ep) {
        return closed || epoch != ep || state == PlaybackState.ENDED;
    }

    private Pcm awaitSpeech(CompletableFuture<Pcm> speech, long ep) throws InterruptedException {
        while (!cancelled(ep)) {
            try {
                return speech.get(10, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // keep waiting unless cancelled
            } catch (ExecutionException e) {
                return null; // a status that cannot be spoken is not worth stopping for
            }
        }
        return null;
    }

    /**
     * Streams one clip through the stretcher in blocks of at most 20 ms.
     *
     * @param trim start where the speech starts, skipping the clip's leading silence
     *
     * @return false if a command cancelled it
     */
    private boolean stream(Pcm pcm, double synthRate, long ep, boolean isSentence, boolean trim)
            throws InterruptedException {
        short[] src = pcm.samples();
        int rate = pcm.sampleRate();
        if (stretcher == null || stretcher.sampleRate() != rate) {
            stretcher = new TempoStretcher(rate);
        }
        stretcher.clear();
        synchronized (this) {
            outputRate = rate;
            sentenceFrames = 0;
        }
        int block = Math.max(1, rate / 50);
        short[] out = new short[block];
        int pos = trim ? LeadingSilence.speechStart(src, rate) : 0;
        double heard = pos; // source samples that have gone out to the sink, or were skipped
        double applied = Double.NaN;
        boolean flushed = false;
        boolean started = false;
        while (true) {
            long check = checkpoint(ep);
            if (check == CANCELLED) {
                stretcher.clear();
                return false;
            }
            if (check >= 0) {
                // Resumed after a pause: what the sink threw away is played again.
                heard = Math.max(0, heard - check * (Double.isNaN(applied) ? 1 : applied));
                pos = Math.min(pos, (int) Math.round(heard));
                stretcher.clear();
                flushed = false;
            }
            double now = currentSpeed();
            double want = Pacing.stretch(now, synthRate);
            if (want != applied) {
                if (!Double.isNaN(applied) && isSentence) {
                    // the sentences ahead are remade at the new speed's synthesis rate while this one plays
                    lookAhead.focus(currentIndex(), currentVoice(), Pacing.synthRate(now));
                }
                stretcher.setSpeed(want);
                applied = want;
                stretch = want;
            }
            int n = stretcher.read(out, 0, out.length);
            if (n > 0) {
                if (!started && isSentence) {
                    listener.sentenceStarted(snapshot());
                    countRest();
                }
                started = true;
                write(out, n);
                heard += n * applied;
            } else if (pos < src.length) {
                int m = Math.min(block, src.length - pos);
                stretcher.write(src, pos, m);
                pos += m;
            } else if (!flushed) {
                stretcher.flush();
                flushed = true;
            } else {
                return true;
            }
        }
    }

    private boolean gap(long frames, int rate, long ep) throws InterruptedException {
        short[] silence = new short[Math.max(1, rate / 50)];
        while (frames > 0) {
            if (checkpoint(ep) == CANCELLED) {
                return false;
            }
            int n = (int) Math.min(silence.length, frames);
            write(silence, n);
            frames -= n;
        }
        return true;
    }

    private void write(short[] samples, int n) {
        sink.write(samples, 0, n);
        synchronized (this) {
            written += n;
            sentenceFrames += n;
        }
    }

    /**
     * Called between blocks: waits out a pause.
     *
     * @return CANCELLED if a command moved playback elsewhere, GO if nothing happened, or after a pause the
     *     number of frames the sink discarded unheard
     */
    private synchronized long checkpoint(long ep) throws InterruptedException {
        if (closed || epoch != ep || state == PlaybackState.ENDED) {
            // A block can reach the sink just after the command halted it (between this thread's last check
            // and its write); it belongs to the old place, so it must not be heard before the new one.
            sink.halt();
            written = sink.framesPlayed() - framesBase;
            return CANCELLED;
        }
        if (state != PlaybackState.PAUSED) {
            return GO;
        }
        // apply() halted the sink; halt again in case a block went out after that.
        sink.halt();
        long played = sink.framesPlayed() - framesBase;
        long unheard = Math.max(0, Math.min(written - played, outputRate / 5));
        written = played;
        sentenceFrames = Math.max(0, sentenceFrames - unheard);
        while (state == PlaybackState.PAUSED && !closed && epoch == ep) {
            wait();
        }
        return closed || epoch != ep || state == PlaybackState.ENDED ? CANCELLED : unheard;
    }

    /** Stops playback and the synthesis thread; the sink is halted, not closed. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        sink.halt();
        lookAhead.close();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
