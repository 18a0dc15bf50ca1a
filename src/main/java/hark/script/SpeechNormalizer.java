package hark.script;

/**
 * Rewrites written text into the words a careful reader would say ("$1.2bn" becomes "one point two billion
 * dollars"), in a form the synthesizer will not expand a second time.
 */
public interface SpeechNormalizer {
    /** @return the speakable form of one sentence or line; never throws on any input */
    String speakable(String text);
}
