package hark.script;

import java.util.Objects;

/**
 * One sentence, the unit of navigation.
 *
 * @param text the sentence as written, shown on screen
 * @param spoken the same sentence made speakable, exactly what the synthesizer receives
 */
public record Sentence(String text, String spoken) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(spoken, "spoken");
    }

    public int wordCount() {
        return Words.count(spoken);
    }
}
