package hark.article.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it: likely boilerplate, likely hidden, or a content-weight
 * between -50 and +50 (after Readability's class weighting). Names are matched as words: camelCase and
 * separators are split first, so "socialShare" and "social-share" both read as "social share". Thread-safe.
 */
final class Hints {
    /** Blocks a listener never wants, whatever their size: removed before scoring. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "\\b(nav|navbar|navigation|menu|menus|breadcrumbs?|share|shares|sharing|sharebar|sharetools|social"
            + "|newsletters?|subscribe|subscription|signup|cookies?|consent|gdpr|related|recommended"
            + "|recommendations?|popular|trending|most (read|viewed|popular|shared)|mostread|comments?|commenting"
            + "|disqus|respond|sidebar|widgets?|masthead|advert|advertisement|adverts|ads|ad|adslot|adunit"
            + "|dfp|gpt ad|sponsored|sponsor|promo|promos|promotion|outbrain|taboola|zergnet|modal|popup|overlay"
            + "|banner|tags|tag list|taglist|keywords|author (bio|box|info|card|details|profile)|authorbox"
            + "|about (the )?author|byline|bylines|dateline|skip|skiplink|toolbar|pagination"
            + "|pager|jump|print only|noprint|follow|read more|more stories|more articles|next article|prev"
            + "|print|email|login|paywall|app promo|footer|site header|page header|global header|header nav)\\b");
    private static final Pattern CAPTION = Pattern.compile("\\b(caption|captions|figcaption|credits?|copyright)\\b");
    private static final Pattern HIDDEN_CLASS = Pattern.compile(
            "(?:^|\\s)(hidden|is-hidden|d-none|hide|visually-hidden|visuallyhidden|sr-only|screen-reader-text"
            + "|screenreader-only|offscreen|invisible|u-hidden|element-invisible)(?:\\s|$)");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");
    private static final Pattern POSITIVE = Pattern.compile(
            "\\b(article|body|content|entry|hentry|h entry|main|page|post|text|blog|story|prose|rich text"
            + "|richtext)\\b");
    private static final Pattern NEGATIVE = Pattern.compile(
            "\\b(hidden|hid|banner|combx|comment|comments|com|contact|foot|footer|footnote|gdpr|masthead|media"
            + "|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool"
            + "|widget|ad|ads|social|nav|menu|byline|author|caption|credit|teaser|newsletter)\\b");
    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Hints() {}

    /** The class and id as lower-case words separated by single spaces. */
    static String words(Element e) {
        String raw = e.className() + " " + e.id();
        if (raw.isBlank()) {
            return "";
        }
        String split = CAMEL.matcher(raw).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(split).replaceAll(" ").strip();
    }

    static boolean boilerplate(Element e) {
        String words = words(e);
        String role = e.attr("role");
        return (!words.isEmpty() && BOILERPLATE.matcher(words).find())
                || role.equals("navigation") || role.equals("complementary") || role.equals("banner")
                || role.equals("contentinfo") || role.equals("dialog") || role.equals("alertdialog");
    }

    /** Captions and photo credits: kept only when the user asks for captions. */
    static boolean caption(Element e) {
        String words = words(e);
        return !words.isEmpty() && CAPTION.matcher(words).find();
    }

    static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) {
            return !e.className().contains("fallback-image");
        }
        String style = e.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return true;
        }
        String cls = e.className();
        return !cls.isEmpty() && HIDDEN_CLASS.matcher(cls.toLowerCase(Locale.ROOT)).find();
    }

    /** Readability-style class weight: +25 for content-like names, -25 for boilerplate-like, per attribute. */
    static int weight(Element e) {
        int weight = 0;
        for (String attr : new String[] {e.className(), e.id()}) {
            if (attr.isEmpty()) {
                continue;
            }
            String w = SEPARATORS.matcher(CAMEL.matcher(attr).replaceAll("$1 $2").toLowerCase(Locale.ROOT))
                    .replaceAll(" ");
            if (NEGATIVE.matcher(w).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(w).find()) {
                weight += 25;
            }
        }
        return weight;
    }
}
