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
    /** Blocks a listener never wants, whatever they hold: removed before scoring. */
    private static final Pattern STRONG = Pattern.compile(
            "\\b(share|shares|sharing|sharebar|sharetools|social|newsletters?|subscribe|subscription|signup"
            + "|cookies?|consent|gdpr|related|recommended|recommendations?|popular|trending"
            + "|most (read|viewed|popular|shared|commented)|mostread|comments?|commenting|disqus|respond"
            + "|breadcrumbs?|author (bio|box|info|card|details|profile)|authorbox|about (the )?author|byline|bylines"
            + "|dateline|outbrain|taboola|zergnet|skip|skiplink|tags|tag list|taglist|pagination|pager|follow"
            + "|more stories|more articles|next article|login|app promo|toolbar|stream)\\b");
    /** Distinctive stems that mark furniture even inside compound names ("jp-relatedposts", "sharedaddy"). */
    private static final Pattern STRONG_STEM = Pattern.compile(
            "(related|share|sharing|social|newsletter|subscri|breadcrumb|taboola|outbrain|disqus|cookie|consent"
            + "|gdpr|recommend)");
    /** Names of page furniture that are also used loosely for layout: removed unless the block reads as prose. */
    private static final Pattern WEAK = Pattern.compile(
            "\\b(nav|navbar|navigation|menu|menus|sidebar|masthead|advert|advertisement|adverts|ads|ad|adslot"
            + "|adunit|dfp|sponsored|sponsor|promo|promos|promotion|banner|footer|site header|page header"
            + "|global header|header nav|modal|popup|overlay|read more)\\b");
    private static final Pattern LAYOUT = Pattern.compile(
            "\\b(article|body|column|content|main|story|entry|text|wrap|wrapper|container|layout|page)\\b");
    /** Class names that carry a CMS's taxonomy rather than a role: "category-social-issues", "tag-share". */
    private static final Pattern TAXONOMY = Pattern.compile(
            "(?i)(category|categories|tag|topic|format|status|type|postid|term|displayed_author"
            + "|article_type|company|ressort|anlass)[-_].*|.*\\d{3,}.*");
    /** An id made from a heading ("sharing-with-a-single-developer"): it names the text, not the block's role. */
    private static final Pattern SLUG = Pattern.compile("[^-_\\s]+([-_][^-_\\s]+){3,}");
    private static final Pattern NEGATED = Pattern.compile("\\b(no|non|not|without|hide) [a-z0-9]+");
    private static final Pattern CAPTION = Pattern.compile("\\b(caption|captions|figcaption|credits?|copyright)\\b");
    /** Photo galleries and slideshows: their text is a run of captions, however long. */
    private static final Pattern GALLERY = Pattern.compile("\\b(gallery|slideshow|carousel|lightbox|legends)\\b");
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
            + "|widget|ad|ads|social|nav|menu|byline|author|caption|credit|newsletter)\\b");
    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Hints() {}

    /** The class and id as lower-case words separated by single spaces. */
    static String words(Element e) {
        String names = e.className() + " " + (SLUG.matcher(e.id()).matches() ? "" : e.id());
        return names.isBlank() ? "" : words(names).strip();
    }

    private static String words(String names) {
        StringBuilder raw = new StringBuilder();
        for (String name : names.split("\\s+")) {
            if (!name.isEmpty() && !TAXONOMY.matcher(name).matches()) {
                raw.append(name).append(' ');
            }
        }
        String split = CAMEL.matcher(raw).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
        return NEGATED.matcher(SEPARATORS.matcher(split).replaceAll(" ")).replaceAll(" ");
    }

    /** What kind of furniture an element's names or role say it is. */
    enum Furniture { NONE, WEAK, STRONG }

    static Furniture furniture(Element e) {
        String role = e.attr("role");
        if (role.equals("navigation") || role.equals("contentinfo") || role.equals("dialog")
                || role.equals("alertdialog")) {
            return Furniture.STRONG;
        }
        String words = words(e);
        if (words.isEmpty()) {
            return role.equals("complementary") || role.equals("banner") ? Furniture.WEAK : Furniture.NONE;
        }
        if (STRONG.matcher(words).find() || STRONG_STEM.matcher(words).find()) {
            return Furniture.STRONG;
        }
        if ((WEAK.matcher(words).find() && !LAYOUT.matcher(words).find()) || role.equals("complementary")
                || role.equals("banner")) {
            return Furniture.WEAK;
        }
        return Furniture.NONE;
    }

    static boolean boilerplate(Element e) {
        return furniture(e) != Furniture.NONE;
    }

    /** Captions and photo credits: kept only when the user asks for captions. */
    static boolean caption(Element e) {
        String words = words(e);
        return !words.isEmpty() && CAPTION.matcher(words).find();
    }

    /** A photo gallery or slideshow, named so by its class or id. */
    static boolean gallery(Element e) {
        String words = words(e);
        return !words.isEmpty() && GALLERY.matcher(words).find() && !LAYOUT.matcher(words).find();
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
        String id = SLUG.matcher(e.id()).matches() ? "" : e.id();
        for (String attr : new String[] {String.join(" ", e.classNames()), id}) {
            if (attr.isEmpty()) {
                continue;
            }
            String w = words(attr);
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
