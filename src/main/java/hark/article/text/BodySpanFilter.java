package hark.article.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the article inside a whole page copied with select-all, as Finn, Kushmerick and Smyth's Body Text
 * Extraction finds it in HTML: every line of prose scores its words, every short line that is not a sentence (a
 * menu item, a tag, a teaser headline, a footer link) costs {@value #CHROME_COST}, and the article is the stretch
 * of lines with the highest total (a maximum subarray). Menus above and link lists below fall outside it;
 * prose weighs more near the top of the page, where the story is, than near the end, where teasers and footers are. Above
 * the stretch a few lines stay for the header (headline, byline, date, standfirst), up to the first bulleted line,
 * which in a page dump is a menu; what lies below the stretch goes. A list that a line ending in a colon
 * introduces is the article's own and costs nothing. A paste of the article alone is one stretch and stays
 * whole. Stateless.
 */
public final class BodySpanFilter implements LineFilter {
    public static final BodySpanFilter INSTANCE = new BodySpanFilter();
    /** What a short non-sentence line costs: a menu of ten items outweighs a thirty-word teaser paragraph. */
    static final int CHROME_COST = 3;
    /**
     * Form hints, cookie notes and teasers are short sentences; a sentence scores only the words it has beyond
     * this, so a run of them does not outweigh one real paragraph (jusText's "short" class).
     */
    static final int SHORT_SENTENCE = 8;
    /**
     * A page puts its story before what it recommends next, so prose counts more near the top: from 1.8 times its
     * words on the first line to 0.2 times on the last. A short story then beats a longer FAQ or footer below it.
     */
    static final double DECAY = 1.6;
    /** How many lines above the article's first paragraph may hold its header. */
    static final int HEADER_REACH = 8;
    /**
     * A page copied whole has a page's worth of lines that are not sentences (menus, footers, link lists); a
     * selection of the article alone has a few, and its short lines (tags, a promotion) are left to the line
     * filters, which know them better than a sum of scores does.
     */
    static final int WHOLE_PAGE = 15;
    /** An amount and what it measures: "200 g Zucker", "1/2 cup finely chopped walnuts". */
    private static final int QUANTITY_WORDS = 8;
    /** Labels between two amounts of one list: a heading, a nutrient's name, "Zutaten auf die Einkaufsliste". */
    private static final int AMOUNT_GAP = 3;
    private static final Pattern QUANTITY = Pattern.compile(
            "^(?:ca\\.? |etwa |about |approx\\.? )?(?:\\d+(?:[.,/]\\d+)?(?: ?[-–] ?\\d+)?|[½¼¾⅓⅔⅛]) ?(?:g|kg|mg|ml|l|cl|dl"
            + "|el|tl|msp|prisen?|stück|stk|pck|päckchen|packung|becher|dosen?|bund|zehen?|tassen?|scheiben?|cups?|tbsp"
            + "|tsp|tablespoons?|teaspoons?|oz|lbs?|pounds?|ounces?|pinch|cloves?|grams?|gramm|liter|litres?|liters?"
            + "|łyżk[aiy]|łyżeczk[aiy]|szklank[aiy]|sztuk[aiy]?|gramów|cucharadas?|cucharaditas?|tazas?|cuillères?)\\b");
    /** Menu items are a word or three. */
    private static final int MENU_WORDS = 5;

    private BodySpanFilter() {}

    @Override
    public List<Line> apply(List<Line> lines) {
        if (lines.stream().filter(BodySpanFilter::isChrome).count() < WHOLE_PAGE) {
            return lines; // a selection of the article: the line filters before and after this one suffice
        }
        int[] scores = scores(lines, DECAY);
        int bestStart = 0;
        int bestEnd = -1;
        int best = 0;
        int sum = 0;
        int start = 0;
        for (int i = 0; i < scores.length; i++) {
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += scores[i];
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        if (bestEnd < 0) {
            return lines;
        }
        int top = amountsAbove(lines, bestStart);
        int from = top;
        while (from > 0 && top - from < HEADER_REACH && !lines.get(from - 1).bulleted()) {
            from--;
        }
        List<Line> out = new ArrayList<>(bestEnd - from + 1);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i >= from && i <= bestEnd || line.isMetadata()) {
                out.add(line); // bylines and dates are metadata wherever they sit
            }
        }
        return out;
    }

    private static boolean isChrome(Line line) {
        return line.isBody() && !line.isProse();
    }

    /**
     * Where a list of amounts right above the stretch begins: a recipe's ingredients come before its method, in a
     * dump often as amount and name on lines of their own ("400 g", "Kürbis"), with a label ("Für den Teig:").
     */
    private static int amountsAbove(List<Line> lines, int start) {
        int top = start;
        int i = start - 1;
        // up through amounts with at most AMOUNT_GAP labels ("Für die Füllung:", "Eiweiß") between two of them
        while (i >= 0 && top - i <= AMOUNT_GAP + 1 && !lines.get(i).bulleted()
                && (isQuantity(lines.get(i)) || isShortLabel(lines.get(i)))) {
            if (isQuantity(lines.get(i))) {
                top = i;
            }
            i--;
        }
        return top;
    }

    private static boolean isShortLabel(Line line) {
        return line.isBody() && !line.isProse() && line.words() <= MENU_WORDS;
    }

    /**
     * "200 g Zucker", "2 cups flour", "1 EL Öl": a recipe's or a product's amounts are short lines too, but they are
     * the article's own list, never a menu, so they cost nothing.
     */
    static boolean isQuantity(Line line) {
        return line.words() <= QUANTITY_WORDS && QUANTITY.matcher(line.key()).find();
    }

    /** A short bulleted line: in a page dump, an item of a menu; a standfirst's bullets are sentences. */
    private static boolean isMenuItem(Line line) {
        return line.bulleted() && line.words() < MENU_WORDS && !line.isProse();
    }

    /**
     * Each line's score: its words beyond a short sentence's for prose (never below zero: a short last sentence
     * is still the story's), nothing for metadata and introduced lists, a cost for chrome. With {@code decay},
     * prose near the top weighs more.
     */
    static int[] scores(List<Line> lines, double decay) {
        int[] scores = new int[lines.size()];
        boolean introduced = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.isBody()) {
                scores[i] = 0;
            } else if (line.isProse()) {
                double place = 1 + decay * (0.5 - (double) i / lines.size());
                scores[i] = Math.max(-CHROME_COST, (int) Math.round((line.words() - SHORT_SENTENCE) * place));
            } else {
                scores[i] = introduced || isQuantity(line) ? 0 : -CHROME_COST;
            }
            if (line.isBody()) {
                introduced = line.text().endsWith(":") ? true : introduced && !line.isProse();
            }
        }
        return scores;
    }
}
