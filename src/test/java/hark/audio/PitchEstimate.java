package hark.audio;

import hark.pcm.Pcm;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Test measure of the voice's pitch: the median fundamental frequency over voiced frames, found by normalized
 * autocorrelation (independent of the AMDF the stretcher itself uses). Frames of 40 ms every 10 ms; a frame
 * counts as voiced when it is not quiet and its best lag in 60-400 Hz correlates above 0.6.
 */
public final class PitchEstimate {
    private PitchEstimate() {}

    /** @return the median F0 in Hz, or NaN when no frame is voiced */
    public static double medianF0(Pcm pcm) {
        List<Double> f0s = voicedF0s(pcm);
        if (f0s.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(f0s);
        return f0s.get(f0s.size() / 2);
    }

    public static List<Double> voicedF0s(Pcm pcm) {
        int rate = pcm.sampleRate();
        short[] s = pcm.samples();
        int frame = rate * 40 / 1000;
        int hop = rate / 100;
        int minLag = rate / 400;
        int maxLag = rate / 60;
        List<Double> f0s = new ArrayList<>();
        for (int start = 0; start + frame + maxLag <= s.length; start += hop) {
            double energy = 0;
            for (int i = 0; i < frame; i++) {
                energy += (double) s[start + i] * s[start + i];
            }
            if (Math.sqrt(energy / frame) < 300) {
                continue;
            }
            double best = 0;
            int bestLag = 0;
            for (int lag = minLag; lag <= maxLag; lag++) {
                double cross = 0;
                double shifted = 0;
                for (int i = 0; i < frame; i++) {
                    cross += (double) s[start + i] * s[start + i + lag];
                    shifted += (double) s[start + i + lag] * s[start + i + lag];
                }
                double r = cross / Math.sqrt(energy * shifted + 1e-9);
                if (r > best) {
                    best = r;
                    bestLag = lag;
                }
            }
            if (best > 0.6) {
                f0s.add(rate / (double) bestLag);
            }
        }
        return f0s;
    }
}
