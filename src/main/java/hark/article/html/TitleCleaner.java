package hark.article.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips a site's name from a page title: "Headline | Site", "Headline - Site", "Site: Headline". A part is
 * stripped when it names the site (its og:site_name or its domain), or when the remaining part is the page's own
 * headline. Stateless, thread-safe.
 */
final class TitleCleaner {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+([|\\-\u2013\u2014\u00b7\u2022\u00bb\u00ab\u2039\u203a~:/]|::)\\s+|:\\s+|\\s*_\\s*");
    /** Separators after which a short unnamed tail is taken for the site's name. */
    private static final Set<String> SITE_SEPARATORS = Set.of("|", "_", "\u00ab", "\u00bb", "::", "~", "-", "\u2013",
            "\u2014");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TitleCleaner() {}

    /**
     * @param title the raw title
     * @param sites names the site goes by (site name, domain); blank entries are ignored
     * @param headlines headlines found elsewhere on the page (h1, og:title) that the title may be made of
     */
    static String clean(String title, List<String> sites, List<String> headlines) {
        String t = title.strip();
        for (String headline : headlines) {
            String h = key(headline);
            if (!h.isEmpty() && h.length() < key(t).length() && h.length() >= 10 && key(t).startsWith(h)
                    && separatorAt(t, headline.strip().length())) {
                return headline.strip();
            }
        }
        for (int round = 0; round < 2; round++) {
            String stripped = stripOnce(t, sites);
            if (stripped.equals(t)) {
                break;
            }
            t = stripped;
        }
        return t;
    }

    private static String stripOnce(String t, List<String> sites) {
        Matcher m = SEPARATOR.matcher(t);
        int lastStart = -1;
        int lastEnd = -1;
        int firstStart = -1;
        int firstEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart <= 0) {
            return t;
        }
        String tail = t.substring(lastEnd);
        if (namesSite(tail, sites)) {
            return t.substring(0, lastStart).strip();
        }
        String head = t.substring(0, firstStart);
        if (namesSite(head, sites)) {
            return t.substring(firstEnd).strip();
        }
        // An unnamed short tail after a pipe is a site name too ("Headline | The Daily Bugle").
        String sep = t.substring(lastStart, lastEnd).strip();
        if (SITE_SEPARATORS.contains(sep)
                && words(tail) <= 4 && words(t.substring(0, lastStart)) >= 3) {
            return t.substring(0, lastStart).strip();
        }
        return t;
    }

    private static boolean namesSite(String part, List<String> sites) {
        String p = key(part);
        if (p.isEmpty()) {
            return false;
        }
        for (String site : sites) {
            String s = key(site);
            if (!s.isEmpty() && (p.equals(s) || p.replace(" ", "").equals(s.replace(" ", ""))
                    || (s.length() >= 4 && p.contains(s)) || (p.length() >= 4 && s.contains(p)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean separatorAt(String title, int index) {
        return index < title.length() && SEPARATOR.matcher(title).region(index, title.length()).lookingAt()
                || (index + 1 < title.length() && SEPARATOR.matcher(title).region(index, title.length()).lookingAt());
    }

    private static int words(String s) {
        String k = key(s);
        return k.isEmpty() ? 0 : k.split(" ").length;
    }

    static String key(String s) {
        return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
