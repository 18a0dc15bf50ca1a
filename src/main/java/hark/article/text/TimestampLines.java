package hark.article.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks date and time lines as {@link Line.Role#DATE}: "Published: 12:00pm, 22 Nov, 2019", "Updated 2 hours ago",
 * "Mon 4 Mar 2024 06.00 GMT", "November 15, 2019". They are not read aloud; the first gives the article's
 * published date. Stateless.
 */
public final class TimestampLines implements LineFilter {
    public static final TimestampLines INSTANCE = new TimestampLines();
    private static final Pattern LABEL = Pattern.compile(
            "^(?:published|updated|last updated|last modified|modified|posted|first published|originally published"
            + "|created|date|uploaded|released|issued|first posted|last reviewed|reviewed)\\b\\s*(?:on|at|:)?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s,|·•:/()-]+");
    private static final Pattern NUMBERISH = Pattern.compile("\\d{1,4}(?:st|nd|rd|th|am|pm|h|\\.\\d{2}|:\\d{2})*\\.?");
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b(?:19|20)\\d{2}\\b");
    private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "am", "pm",
            "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "bst", "est", "edt", "et", "pt", "pst", "pdt", "cst", "cdt",
            "mst", "mdt", "cet", "cest", "hkt", "sgt", "jst", "kst", "ist", "aest", "aedt", "at", "on", "ago", "hours",
            "hour", "hr", "hrs", "h", "minutes", "minute", "mins", "min", "days", "day", "weeks", "week", "months", "years", "year", "month",
            "seconds", "just", "now", "yesterday", "today", "updated", "published", "posted", "last", "modified",
            "the", "of", "and", "an", "a");
    private static final Set<String> ANCHOR_WORDS = Set.of("january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "ago", "yesterday", "today");

    private TimestampLines() {}

    @Override
    public List<Line> apply(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            out.add(line.isBody() && isTimestamp(line) ? line.withRole(Line.Role.DATE) : line);
        }
        return out;
    }

    static boolean isTimestamp(Line line) {
        if (line.words() > 16 || line.isProse() && line.words() > 8) {
            return false;
        }
        String text = line.text();
        Matcher label = LABEL.matcher(text);
        boolean labelled = label.find();
        String rest = labelled ? text.substring(label.end()) : text;
        boolean anchored = false;
        int tokens = 0;
        int dateTokens = 0;
        for (String token : TOKEN_SPLIT.split(rest.toLowerCase(Locale.ROOT))) {
            if (token.isEmpty()) {
                continue;
            }
            String word = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
            boolean number = NUMBERISH.matcher(token).matches();
            tokens++;
            dateTokens += number || DATE_WORDS.contains(word) || DATE_WORDS.contains(token) ? 1 : 0;
            anchored |= ANCHOR_WORDS.contains(word);
        }
        // Bare numbers ("0:00 / 6:12", "12") are not a date without a month, a numeric date or a label.
        anchored |= NUMERIC_DATE.matcher(rest).find() || labelled && rest.chars().anyMatch(Character::isDigit);
        // "Updated: 3:45pm, 15 Nov 2019 (HKT)" may carry a place or zone the word list lacks; a label vouches for it.
        // Glued pastes ("February 15, 20244:15 PM GMTUpdated 2 years ago") leave a few odd tokens.
        boolean mostlyDate = dateTokens == tokens || dateTokens >= 0.7 * tokens && !line.isProse();
        return anchored && (mostlyDate || labelled && line.words() <= 12);
    }

    /** @return the date as the page gives it, without its "Published:" label */
    static String value(Line line) {
        String value = LABEL.matcher(line.text()).replaceFirst("").replaceFirst("\\s+(?i:by)\\s+\\p{Lu}.*$", "");
        // "March 4, 2024 Updated 2 hours ago": the published date is the part before the update note.
        String published = value.replaceFirst("(?i)\\s*updated\\b.*$", "");
        return (published.isBlank() ? value : published).strip();
    }
}
