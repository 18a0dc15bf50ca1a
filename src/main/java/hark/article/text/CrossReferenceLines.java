package hark.article.text;

import java.util.regex.Pattern;

/**
 * Drops the links to other stories that sites set between a story's paragraphs, a "read this too" label and a
 * headline on one line: "Lea también: ...", "Le puede interesar: ...", "Lesen Sie auch: ...", "À lire aussi ...",
 * "Zobacz także: ...", "Veja também: ...". {@link NavigationLines} knows the English ones; these are the languages
 * our listeners paste most after English. The label must open the line, so a sentence that mentions reading stays.
 */
public final class CrossReferenceLines implements LineRule {
    public static final CrossReferenceLines INSTANCE = new CrossReferenceLines();
    /** A label and a headline; a longer line is a paragraph that happens to open with the words. */
    private static final int MAX_WORDS = 30;
    static final Pattern LABEL = Pattern.compile("^(?:"
            // Spanish and Portuguese
            + "(?:lea|lee|vea|ve|mira|leia|veja) (?:también|tambien|además|más|mais)|lea|puedes ver|te puede interesar"
            + "|le puede interesar|(?:te|le) recomendamos|leia mais|saiba mais"
            // German
            + "|(?:lesen sie|lies) (?:auch|hier|mehr)|auch lesen|auch interessant|mehr zum thema|passend zum thema"
            // French, Italian, Polish, Dutch
            + "|(?:à )?lire aussi|à lire également|(?:leggi|vedi) anche|zobacz (?:też|także|również)"
            + "|czytaj (?:też|także|również|więcej)|lees ook|bekijk ook"
            + ")\\s*(?::|»|>>)");

    private CrossReferenceLines() {}

    @Override
    public boolean drops(Line line) {
        return line.words() <= MAX_WORDS && LABEL.matcher(line.key()).find();
    }
}
