package hark.script;

import hark.article.BlockKind;
import java.util.List;

/** A block of the article split into sentences; ↓ and ↑ move between these. */
public record Paragraph(BlockKind kind, List<Sentence> sentences) {
    public Paragraph {
        sentences = List.copyOf(sentences);
    }
}
