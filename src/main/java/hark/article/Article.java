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
        return toPlainText(Integer.MAX_VALUE);
    }

    /**
     * The first {@code maxChars} characters of {@link #toPlainText()}, built only that far: a look at the start of
     * a long article (10 MB at the fetch limit) without a copy of all of it.
     */
    public String toPlainText(int maxChars) {
        StringBuilder out = new StringBuilder(Math.min(maxChars, 1 << 16));
        if (!title.isEmpty()) {
            out.append(title).append("\n\n");
        }
        for (int i = 0; i < blocks.size() && out.length() < maxChars; i++) {
            if (i > 0) {
                out.append("\n\n");
            }
            out.append(blocks.get(i).text());
        }
        return out.length() > maxChars ? out.substring(0, maxChars) : out.toString();
    }
}
