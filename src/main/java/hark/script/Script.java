package hark.script;

import java.util.List;

/**
 * What the player reads: the title announcement first, then the article's paragraphs, each a list of sentences.
 */
public record Script(String title, List<Paragraph> paragraphs) {
    public Script {
        paragraphs = List.copyOf(paragraphs);
    }
}
