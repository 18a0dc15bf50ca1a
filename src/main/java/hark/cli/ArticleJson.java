package hark.cli;

import hark.article.Article;
import hark.article.Block;
import hark.TerminalText;
import java.util.Locale;

/**
 * The article as JSON for {@code hark text --json}; small enough not to need a JSON library. Each value is
 * sanitized on its own, so the document stays valid JSON whatever the page contained.
 */
final class ArticleJson {
    private ArticleJson() {}

    static String of(Article a) {
        StringBuilder json = new StringBuilder("{\n");
        field(json, "title", a.title());
        field(json, "byline", a.metadata().byline());
        field(json, "site", a.metadata().site());
        field(json, "published", a.metadata().published());
        field(json, "language", a.metadata().language());
        json.append("  \"blocks\": [");
        for (int i = 0; i < a.blocks().size(); i++) {
            Block b = a.blocks().get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\"kind\": ").append(quote(b.kind().name().toLowerCase(Locale.ROOT)))
                    .append(", \"text\": ").append(quote(b.text())).append('}');
        }
        return json.append("\n  ]\n}").toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        if (!value.isEmpty()) {
            json.append("  ").append(quote(name)).append(": ").append(quote(value)).append(",\n");
        }
    }

    static String quote(String value) {
        String s = TerminalText.sanitize(value);
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
