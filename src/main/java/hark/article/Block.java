package hark.article;

import java.util.Objects;

/** One block of article text: a paragraph, heading, list item, quote, table row or caption. */
public record Block(BlockKind kind, String text) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Block paragraph(String text) {
        return new Block(BlockKind.PARAGRAPH, text);
    }
}
