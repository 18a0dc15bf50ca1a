package hark.article.text;

import java.util.regex.Pattern;

/**
 * Drops site chrome that a selection drags along: lines with no letters ("·", "--", "12"), breadcrumb trails
 * ("News › World › Asia"), skip links and menu words, "Read more: ..." and "Related: ..." links, topic and tag
 * lists, "This article is more than 2 years old", trust badges ("Why you can trust ..."), "Click here". None of
 * it is the article's prose. Stateless.
 */
public final class NavigationLines implements LineRule {
    public static final NavigationLines INSTANCE = new NavigationLines();
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s+[>›»/|]\\s+|\\s*[›»]\\s*");
    private static final Pattern CHROME = Pattern.compile(String.join("|",
            "^skip (?:to|navigation)\\b", "^(?:jump|go|back|return) to (?:the )?(?:main )?(?:content|top|navigation"
                    + "|menu|comments|home ?page|article)",
            "^(?:main )?(?:menu|navigation|search|open menu|close menu|toggle navigation|open navigation|home|sections"
                    + "|more sections|all sections|edition|switch edition|log out|my account|account|settings|help"
                    + "|contact us|about us|back to top|top of page|print this page|text|listen|more|show more"
                    + "|load more|see more|view more|read more|read full article|read the full (?:story|article)"
                    + "|continue reading|expand|collapse|open|menu close|search close|opens in new window)$",
            "^this (?:article|story|content|page) is (?:more|older) than \\S+ (?:years?|months?|days?) old$",
            "^(?:why you can trust|how we (?:test|review|rate|vet)|our (?:editorial )?standards|editorial standards"
                    + "|editorial guidelines|fact[- ]checked|this article was (?:reviewed|fact-checked|updated)"
                    + "|learn more about our|trust project)",
            "^(?:read more|read also|also read|see also|also see|related|related article|related story"
                    + "|related stories|related content|recommended|more|watch|watch now|listen|explainer|opinion"
                    + "|analysis|must read|don't miss|trending|breaking|live|latest)\\s*:",
            "^(?:topics?|tags?|tagged(?: with)?|filed under|categories|category|more on|more about|see more on|suggested topics|related topics"
                    + "|explore more on these topics|more on these topics|keywords)\\s*:?(?:\\s|$)",
            "^click here\\b|\\bclick here (?:to|for)\\b",
            "^(?:from wikipedia, the free encyclopedia|view history|view source|edit source|what links here"
                    + "|personal tools|main menu|create account|contents|hide|top|toggle the table of contents"
                    + "|table of contents)$",
            "^this (?:article|page) is about .{1,80}\\bfor other uses\\b",
            "^(?:©|\\(c\\)|copyright\\s*(?:©|\\(c\\)|\\d{4}|by\\b))|\\ball rights reserved\\b",
            "^(?:got|have) a (?:news )?tip\\b|^contact (?:the )?(?:author|reporter|writer|us)\\b|^e-?mail(?: the author)?:"
                    + "|^download our app|^get our app",
            "^(?:read in app|open in app|get the app|download the app|see full (?:web )?article|reuse this content"
                    + "|view in browser|print article|order reprints|\\S+ values your feedback|give feedback"
                    + "|send (?:us )?feedback|report an error|report a correction|corrections?)$"));

    /** Print and syndication notes run long, so they are matched at any length. */
    private static final Pattern PUBLICATION_NOTE = Pattern.compile(
            "^(?:a version of this (?:article|story) appear|this (?:article|story) (?:was )?(?:originally|first) "
            + "(?:appeared|published)|this (?:article|story) was (?:produced|published) (?:by|in partnership))");

    // Starts only where a word starts, so a 100,000-letter token is not rescanned from every position.
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[\\w.+-]+@[\\w-]+\\.[\\w.]+");

    private NavigationLines() {}

    @Override
    public boolean drops(Line line) {
        String text = line.text();
        // "·", "--", "142": separators and counters. Longer letterless lines are data (a table row) and stay.
        if (!TextShape.hasLetter(text) && text.split("\\s+").length <= 4) {
            return true;
        }
        int words = line.words();
        if (line.key().length() <= 1) {
            return true; // a lone letter: text-size buttons ("A A A"), a close "X"
        }
        if (words <= 25 && CHROME.matcher(line.key()).find() || words <= 80 && PUBLICATION_NOTE.matcher(line.key()).find()) {
            return true;
        }
        // A lone address or handle ("jane.doe@example.com", "@janedoe"), or a copyright line.
        if (words <= 4 && (EMAIL.matcher(text).find() || text.startsWith("@")) || words <= 20 && text.startsWith("©")) {
            return true;
        }
        return isBreadcrumb(text);
    }

    private static boolean isBreadcrumb(String text) {
        // The cheap test first: a sentence is never a trail, and splitting every paragraph was most of this filter.
        if (TextShape.endsSentence(text)) {
            return false;
        }
        String[] parts = CRUMB_SEPARATOR.split(text);
        if (parts.length < 2 || TextShape.titleCaseShare(text) < 0.6) {
            return false;
        }
        for (String part : parts) {
            if (TextShape.words(part) > 4) {
                return false;
            }
        }
        return parts.length >= 3 || TextShape.titleCaseShare(text) >= 0.99;
    }
}
