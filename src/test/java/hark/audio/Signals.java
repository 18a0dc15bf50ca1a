package hark.audio;

import hark.pcm.Pcm;
import java.util.Random;

/** Made-up test signals: a voiced buzz with harmonics, noise, silence. */
public final class Signals {
    private Signals() {}

    /** A vowel-like tone at {@code f0} Hz with five falling harmonics. */
    public static Pcm harmonic(int rate, double f0, double seconds) {
        short[] s = new short[(int) (rate * seconds)];
        for (int i = 0; i < s.length; i++) {
            double t = i / (double) rate;
            double v = 0;
            for (int h = 1; h <= 5; h++) {
                v += Math.sin(2 * Math.PI * f0 * h * t + h) / h;
            }
            s[i] = (short) (v * 6000);
        }
        return new Pcm(rate, s);
    }

    public static Pcm noise(int rate, double seconds, long seed) {
        Random random = new Random(seed);
        short[] s = new short[(int) (rate * seconds)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (random.nextGaussian() * 3000);
        }
        return new Pcm(rate, s);
    }

    public static double rms(short[] s) {
        double sum = 0;
        for (short v : s) {
            sum += (double) v * v;
        }
        return s.length == 0 ? 0 : Math.sqrt(sum / s.length);
    }
}
