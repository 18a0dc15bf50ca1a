package hark.article;

import java.util.List;
import java.util.Objects;

/** The article alone: its title, what the page says about it, and its body blocks in reading order. */
public record Article(String title, Metadata metadata, List<Block> blocks) {
    public Article {
        Objects.requireNonNull(title, "title");
        metadata = metadata == null ? Metadata.NONE : metadata;
        blocks = List.copyOf(blocks);
    }

    /** The plain-text form {@code hark text} prints: title, blank line, blocks separated by blank lines. */
    public String toPlainText() {
        StringBuilder out = new StringBuilder();
        if (!title.isEmpty()) {
            out.append(title).append("\n\n");
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                out.append("\n\n");
            }
            out.append(blocks.get(i).text());
        }
        return out.toString();
    }
}
