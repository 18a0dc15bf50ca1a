package hark.voice;

import java.util.Objects;

/**
 * One voice preset, read from a file in {@code voices/}.
 *
 * @param name what the user types after {@code --voice}
 * @param description one line for {@code hark voices}
 * @param freettsVoice the FreeTTS voice it speaks with, such as "kevin16"
 * @param pitch the base pitch in Hz (FreeTTS's kevin16 uses 100)
 * @param pitchRange the pitch's spread in Hz; smaller is flatter
 * @param wordsPerMinute the voice's rate at 1x
 * @param sentenceGapMs silence after each sentence at 1x
 * @param paragraphGapMs silence after each paragraph at 1x
 */
public record VoiceSpec(String name, String description, String freettsVoice, double pitch, double pitchRange,
                        double wordsPerMinute, int sentenceGapMs, int paragraphGapMs) {
    public VoiceSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(freettsVoice, "freettsVoice");
        description = description == null ? "" : description;
    }

    /** The built-in default, used when {@code voices/} cannot be found. */
    public static VoiceSpec kevin16() {
        return new VoiceSpec("kevin16", "FreeTTS's clear US English male voice", "kevin16", 100, 11, 187, 250, 600);
    }

    // equals and hashCode by hand, as a record would make them (doubles compared as Double.compare does): the
    // record's own are bootstrapped on first use, which the player does before the first audio (issue 12).
    @Override
    public boolean equals(Object o) {
        return o instanceof VoiceSpec v && name.equals(v.name) && description.equals(v.description)
                && freettsVoice.equals(v.freettsVoice) && Double.compare(pitch, v.pitch) == 0
                && Double.compare(pitchRange, v.pitchRange) == 0
                && Double.compare(wordsPerMinute, v.wordsPerMinute) == 0 && sentenceGapMs == v.sentenceGapMs
                && paragraphGapMs == v.paragraphGapMs;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, freettsVoice, pitch, pitchRange, wordsPerMinute, sentenceGapMs,
                paragraphGapMs);
    }
}
