package hark.article.text;

/**
 * Drops a line that is a long list of single tokens between commas: the user names under a story's kudos or likes
 * ("KuroKitsuneNoYoko, Senpakuxkira, jennyjenka, ..."), a page's keyword list ("Forschung, Wissenschaft, Weltraum,
 * ..."), minified script code. Prose has spaces inside its comma-separated parts, and a sentence's own list (of
 * names, places, ingredients) is far shorter than {@link #MIN_ITEMS}. Stateless; use {@link #INSTANCE}.
 */
public final class TokenListLines implements LineRule {
    public static final TokenListLines INSTANCE = new TokenListLines();
    private static final int MIN_ITEMS = 20;
    /** The share of items that are one token each: a list of handles has the odd "Obi Sean Kenobi". */
    private static final double SINGLE_TOKEN_SHARE = 0.9;

    private TokenListLines() {}

    @Override
    public boolean drops(Line line) {
        String text = line.text();
        int items = 0;
        int single = 0;
        int start = 0;
        while (start <= text.length()) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            String item = text.substring(start, end).strip();
            if (!item.isEmpty()) {
                items++;
                single += item.indexOf(' ') < 0 ? 1 : 0;
            }
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        return items >= MIN_ITEMS && single >= SINGLE_TOKEN_SHARE * items;
    }
}
