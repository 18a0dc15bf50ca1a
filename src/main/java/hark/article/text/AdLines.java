package hark.article.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops advertising and sponsorship labels: "Advertisement", "ADVERTISEMENT", "Sponsored", "Story continues below
 * advertisement", "Supported by", "Paid content". They mark a slot on the page, never words of the article.
 * Stateless; use {@link #INSTANCE}.
 */
public final class AdLines implements LineRule {
    public static final AdLines INSTANCE = new AdLines();
    private static final Set<String> LABELS = Set.of("ad", "ads", "advert", "sponsored", "sponsored content",
            "sponsored links", "sponsored stories", "paid content", "paid post", "paid partnership", "promoted",
            "promoted content", "promoted stories", "partner content", "from our partners", "recommended by",
            "ad feedback", "report this ad", "skip ad", "advertiser content", "content from our partners",
            "supported by", "presented by", "commercial content", "affiliate links", "anzeige", "publicité");
    private static final Pattern ADVERT = Pattern.compile("\\badverti[sz]");
    private static final Pattern AD_SLOT = Pattern.compile(
            "relevant is this ad\\b|\\bad ?(?:feedback|choices)\\b|why (?:this ad|am i seeing this ad)");
    private static final Pattern CONTINUES = Pattern.compile(
            "^(?:the )?(?:story|article|text|content|post|report) continues(?: below| after| under| beneath)?"
            + "|^continue reading(?: below| after| the main story)?$|^scroll (?:down )?to continue");
    private static final Pattern SPONSOR = Pattern.compile(
            "^(?:sponsored|promoted|presented|paid for|supported|brought to you|in partnership|in association"
            + "|produced in partnership|funded) (?:by|with)\\b");

    private AdLines() {}

    @Override
    public boolean drops(Line line) {
        String key = line.key();
        int words = line.words();
        if (LABELS.contains(key)) {
            return true;
        }
        if (words <= 12 && !line.isProse() && (ADVERT.matcher(key).find() || CONTINUES.matcher(key).find())
                || words <= 10 && AD_SLOT.matcher(key).find()) {
            return true;
        }
        return words <= 12 && !line.isProse() && SPONSOR.matcher(key).find();
    }
}
