package hark.script;

import java.util.regex.Pattern;

/**
 * Drops footnote and citation marks a reader skips: "shift[1]", "noted.[12]", "energy[a]", "heat[note 3]",
 * "claim[citation needed]". A mark is a bracket written against the word or stop before it, so a spaced "[1]"
 * (a list item, an array index in prose) is left alone. Stateless and thread-safe.
 */
final class Footnotes implements Rewrite {
    private static final Pattern MARK = Pattern.compile("(?<=[\\p{L}\\d.,;:!?)\"'])(?:\\[(?:\\d{1,3}(?:[,–-]\\s?\\d{1,3})*"
            + "|[a-z]|[ivx]{1,4}|(?:note|nb|n)\\s?\\d{1,3}|[a-z][a-z ]{2,30}needed)])+");

    @Override
    public String apply(String text) {
        return text.indexOf('[') < 0 ? text : MARK.matcher(text).replaceAll("");
    }
}
