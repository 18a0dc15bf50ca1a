package hark.pcm;

/**
 * Converts audio to another sample rate by linear interpolation. hark plays and writes everything at one rate,
 * so an 8 kHz voice (FreeTTS's "kevin") must not come out at double speed and pitch. Linear interpolation is
 * enough for speech going up in rate; going down it low-passes first by averaging. Stateless.
 */
public final class Resampler {
    private Resampler() {}

    public static Pcm toRate(Pcm pcm, int rate) {
        if (pcm.sampleRate() == rate || pcm.samples().length == 0) {
            return pcm.sampleRate() == rate ? pcm : new Pcm(rate, new short[0]);
        }
        short[] in = pcm.sampleRate() > rate ? smooth(pcm.samples(), pcm.sampleRate() / (double) rate) : pcm.samples();
        double step = pcm.sampleRate() / (double) rate;
        int length = (int) Math.floor((in.length - 1) / step) + 1;
        short[] out = new short[length];
        for (int i = 0; i < length; i++) {
            double at = i * step;
            int left = (int) at;
            int right = Math.min(left + 1, in.length - 1);
            double fraction = at - left;
            out[i] = (short) Math.round(in[left] * (1 - fraction) + in[right] * fraction);
        }
        return new Pcm(rate, out);
    }

    /** A moving average as wide as the decimation factor, against aliasing. */
    private static short[] smooth(short[] in, double factor) {
        int width = Math.max(1, (int) Math.round(factor));
        short[] out = new short[in.length];
        long sum = 0;
        for (int i = 0; i < in.length; i++) {
            sum += in[i];
            if (i >= width) {
                sum -= in[i - width];
            }
            out[i] = (short) (sum / Math.min(i + 1, width));
        }
        return out;
    }
}
