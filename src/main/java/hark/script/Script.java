package hark.script;

import java.util.List;

/**
 * What the player reads: the title announcement first, then the article's paragraphs, each a list of sentences.
 */
public record Script(String title, List<Paragraph> paragraphs) {
    public Script {
        paragraphs = List.copyOf(paragraphs);
    }

    public int sentenceCount() {
        return paragraphs.stream().mapToInt(p -> p.sentences().size()).sum();
    }

    public int wordCount() {
        return paragraphs.stream().flatMap(p -> p.sentences().stream()).mapToInt(Sentence::wordCount).sum();
    }
}
