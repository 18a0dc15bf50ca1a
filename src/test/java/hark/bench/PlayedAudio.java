package hark.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells, by content, which sentence a stretch of played audio came from: every sentence is synthesized again at 1x
 * (FreeTTS is deterministic, and at 1x the player passes audio through the stretcher untouched), and short
 * windows of those clips are indexed by hash. Used by {@link LatencyBench} to find where in the played file a
 * skip's target sentence begins, and where 1x audio stops being an exact copy of its sentence (a speed change).
 * Immutable after construction; not thread-safe to build.
 */
final class PlayedAudio {
    /** Samples per indexed window; a match is then checked over {@link #VERIFY} samples. */
    private static final int WINDOW = 32;
    private static final int STRIDE = 16;
    private static final int VERIFY = 160;
    /** Louder than this is "not silence" (16-bit samples). */
    static final int QUIET = 300;

    /** A place in a sentence's clip. */
    record Spot(int clip, int pos) {}

    private final List<short[]> clips;
    private final short[] played;
    private final Map<Long, List<Spot>> index = new HashMap<>();

    PlayedAudio(List<short[]> clips, short[] played) {
        this.clips = List.copyOf(clips);
        this.played = played;
        for (int c = 0; c < clips.size(); c++) {
            short[] clip = clips.get(c);
            for (int p = 0; p + WINDOW <= clip.length; p += STRIDE) {
                if (loud(clip, p, WINDOW)) {
                    index.computeIfAbsent(hash(clip, p), k -> new ArrayList<>(1)).add(new Spot(c, p));
                }
            }
        }
    }

    int length() {
        return played.length;
    }

    /** The played file as samples; not to be changed. */
    short[] samples() {
        return played;
    }

    short[] clip(int c) {
        return clips.get(c);
    }

    /** The first sample of the clip that is not silence. */
    int firstLoud(int c) {
        short[] clip = clips.get(c);
        for (int i = 0; i < clip.length; i++) {
            if (Math.abs(clip[i]) > QUIET) {
                return i;
            }
        }
        return clip.length;
    }

    /**
     * Which clip, and where in it, played sample {@code at} is an exact copy of; null if none (silence, or audio
     * that was stretched).
     */
    Spot at(int at) {
        for (int o = at; o < at + STRIDE && o + VERIFY <= played.length; o++) {
            List<Spot> hits = index.get(hash(played, o));
            if (hits == null) {
                continue;
            }
            for (Spot s : hits) {
                short[] clip = clips.get(s.clip());
                int start = s.pos() - (o - at);
                if (start >= 0 && start + VERIFY <= clip.length
                        && Arrays.equals(played, at, at + VERIFY, clip, start, start + VERIFY)) {
                    return new Spot(s.clip(), start);
                }
            }
        }
        return null;
    }

    /** The first place from {@code from} on that copies clip {@code c} exactly; null if none. */
    Spot clipAfter(int from, int c, int[] foundAt) {
        for (int o = Math.max(0, from); o + VERIFY < played.length; o += STRIDE / 2) {
            Spot s = at(o);
            if (s != null && s.clip() == c) {
                foundAt[0] = o;
                return s;
            }
        }
        return null;
    }

    /**
     * Where the copy of a clip found at {@code at} began: walks back while the played samples still equal the
     * clip's, but not before {@code floor}.
     */
    int firstPlayed(int at, Spot s, int floor) {
        short[] clip = clips.get(s.clip());
        int o = at;
        int p = s.pos();
        while (o - 1 >= floor && p - 1 >= 0 && played[o - 1] == clip[p - 1]) {
            o--;
            p--;
        }
        return o;
    }

    /** The last place at or before {@code at} that copies a clip exactly; null if none within a second. */
    Spot lastCopyBefore(int at, int[] foundAt) {
        for (int o = Math.min(at, played.length - VERIFY - 1); o >= 0 && o > at - 16000; o -= STRIDE / 2) {
            Spot s = at(o);
            if (s != null) {
                foundAt[0] = o;
                return s;
            }
        }
        return null;
    }

    /**
     * Follows 1x playback from a place known to copy clip {@code s.clip()}: the rest of the clip, the silent gap,
     * then the next clip from its start. Returns the first sample that departs from that, or -1.
     */
    int firstDeparture(int from, Spot s, int limit) {
        int c = s.clip();
        int p = s.pos();
        int o = from;
        int end = Math.min(limit, played.length);
        while (o < end) {
            short[] clip = clips.get(c);
            if (p < clip.length) {
                if (played[o] != clip[p]) {
                    return o;
                }
                o++;
                p++;
                continue;
            }
            // the gap: silence until the next clip's first loud sample
            if (played[o] == 0) {
                o++;
                continue;
            }
            if (c + 1 >= clips.size()) {
                return o;
            }
            short[] next = clips.get(c + 1);
            int f = 0;
            while (f < next.length && next[f] == 0) {
                f++; // the clip's own leading zeros merged with the gap
            }
            if (o + VERIFY > played.length || !Arrays.equals(played, o, o + Math.min(VERIFY, next.length - f),
                    next, f, f + Math.min(VERIFY, next.length - f))) {
                return o;
            }
            c++;
            p = f;
        }
        return -1;
    }

    static boolean loud(short[] s, int from, int n) {
        for (int i = from; i < from + n && i < s.length; i++) {
            if (Math.abs(s[i]) > QUIET) {
                return true;
            }
        }
        return false;
    }

    private static long hash(short[] s, int from) {
        long h = 1125899906842597L;
        for (int i = from; i < from + WINDOW; i++) {
            h = 31 * h + s[i];
        }
        return h;
    }
}
