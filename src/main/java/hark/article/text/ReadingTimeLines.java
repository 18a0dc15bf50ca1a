package hark.article.text;

import java.util.regex.Pattern;

/**
 * Drops reading-time notes: "Reading Time:3 minutes", "5 min read", "3-minute read", "Listen · 12 min". They
 * describe the page, and spoken they would be wrong anyway at any speed but one. Stateless.
 */
public final class ReadingTimeLines implements LineRule {
    public static final ReadingTimeLines INSTANCE = new ReadingTimeLines();
    private static final Pattern READING_TIME = Pattern.compile(String.join("|",
            "^(?:estimated |est\\. )?(?:reading|read|listening|listen) ?time\\s*:?\\s*(?:about |approx\\.? |~)?\\d",
            "\\b\\d+\\s*(?:-|–)?\\s*(?:min|mins|minute|minutes|m)\\.?\\s*(?:read|reading|listen|watch)\\b",
            "^(?:about |approx\\.? )?\\d+ (?:min|mins|minutes?) to read",
            "^(?:time to read|read in)\\s*:?\\s*\\d"));

    private ReadingTimeLines() {}

    @Override
    public boolean drops(Line line) {
        return line.words() <= 14 && !line.isProse() && READING_TIME.matcher(line.key()).find();
    }
}
