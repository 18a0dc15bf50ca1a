package hark.speech;

import hark.pcm.Pcm;

/** Turns speakable text into audio. One instance speaks with one voice. */
public interface Synthesizer extends AutoCloseable {
    /**
     * @param spoken text already normalized by {@link hark.script.SpeechNormalizer}
     * @param rate the synthesizer's own speaking rate, 1.0 being the voice's normal rate
     * @return mono 16-bit audio of the text
     */
    Pcm synthesize(String spoken, double rate);

    @Override
    void close();
}
