package hark.article.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops photo captions, credits and gallery controls: lines ending in a credit ("... Photo: Reuters",
 * "Photograph: Jane Doe/AP", "(Getty Images)", "(AP Photo/Evan Vucci)", "Image credit: NASA"), lines that are only
 * a credit ("Getty Images", "Reuters/John Smith"), "Pictured: ..." and "1 of 12", "Enlarge this image". A caption
 * describes a picture the listener cannot see; hark leaves captions out (HTML keeps them with --captions).
 * Stateless.
 */
public final class CaptionLines implements LineRule {
    /** Longer than any credit with its lead-in ("Photograph: ..." is under 90 characters). */
    private static final int TAIL = 160;
    /** A caption line above a credit-only line is at most this long; longer, it is a paragraph. */
    private static final int CAPTION_WORDS = 25;
    public static final CaptionLines INSTANCE = new CaptionLines();
    private static final String AGENCY = "(?:getty(?: images)?|reuters|ap|afp|epa(?:-efe)?|efe|shutterstock|alamy"
            + "|pa(?: media| wire| images)?|bloomberg|xinhua|kyodo|yonhap|anadolu(?: agency)?|nurphoto|sipa(?: usa)?"
            + "|zuma(?: press)?|dpa|ansa|rex|istock(?:photo)?|unsplash|corbis|associated press|agence france-presse"
            + "|afp via getty images|handout|pool|file photo|file|ap photo|sopa images|lightrocket|wireimage|filmmagic"
            + "|the washington post|the new york times|nyt|redux|magnum|polaris|aap|cnn|bbc|scmp|imago|abaca"
            + "|fotolia(?:\\.com)?|adobe ?stock|istock(?:photo)?\\.com|reuters files|ap files|picture alliance)";
    private static final String CREDIT_WORD = "(?:photo|photos|photograph|photography|picture|pictures|pic|image"
            + "|images|illustration|graphic|graphics|video|footage|credit|credits|photo credit|image credit"
            + "|image source|photo illustration|file photo|main image|top image|header image|cover image|composite"
            + "|photo courtesy|courtesy|source image|artwork"
            // the same lead-ins in German, Dutch, French, Spanish, Italian, Portuguese and Polish
            + "|foto|fotos|fotografie|fotografía|fotografia|bild|bilder|bildquelle|titelbild|beeld|crédit photo"
            + "|crédit|crédito|créditos|imagen|imagem|immagine|zdjęcie|fot|kuva|quelle)";
    private static final Pattern ENDS_WITH_CREDIT = Pattern.compile(
            "(?:^|[\\s.!?”\"')\\]])" + CREDIT_WORD + "s?\\s*(?::|\\.{2,}|…|by\\b|credit\\b\\s*:?|courtesy of\\b)\\s*[^.!?]{1,80}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAREN_CREDIT = Pattern.compile(
            "[(\\[][^()\\[\\]]{0,60}\\b(?:photo|photograph|image|images|getty|shutterstock|alamy|credit|courtesy"
            + "|handout|illustration|screenshot|screengrab|foto|fotos|bild|fotolia|kuva|istock|adobe stock)\\b"
            + "[^()\\[\\]]{0,60}[)\\]]\\s*$", Pattern.CASE_INSENSITIVE);
    /**
     * "(Reuters)", "(FR mit dpa)": an agency in brackets credits a caption, but it also ends a report's last
     * paragraph, so it only counts on a caption-length line.
     */
    private static final Pattern PAREN_AGENCY = Pattern.compile(
            "[(\\[][^()\\[\\]]{0,60}\\b(?:reuters|ap|afp|epa|dpa|file|pool|via)\\b[^()\\[\\]]{0,60}[)\\]]\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENCY_TAIL = Pattern.compile(
            "(?:^|[.!?”\"]\\s+|\\s[|/—–-]\\s*)" + AGENCY + "(?:\\s*/\\s*[^.!?/]{1,40}(?:/" + AGENCY + ")?)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENCY_ONLY = Pattern.compile(AGENCY + "(?:\\s*/\\s*[^.!?]{1,40})?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_SLASH = Pattern.compile(
            "(?:^|\\s)[\\p{L}.' -]{2,40}(?:/[\\p{L}.' -]{1,40})*/" + AGENCY + "$", Pattern.CASE_INSENSITIVE);
    /** "Eileen Gu, Freestylerin. © GETTY IMAGES / MADDIE MEYER": a caption whose credit follows a copyright sign. */
    private static final Pattern COPYRIGHT_TAIL = Pattern.compile("©\\s*[^.!?©]{1,80}$");
    private static final Pattern CAPTION_START = Pattern.compile(
            "^(?:pictured|above|below|top|main|left|right|inset|file photo|photo|image|picture|caption|in pictures"
            + "|foto|fotos|bild|titelbild|bildquelle)"
            + "\\s*:\\s|^(?:image|photo|media|video|picture) (?:source|caption|credit)s?\\s*[,:]"
            + "|^a post shared by .{1,80} on ",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GALLERY = Pattern.compile(String.join("|",
            "^(?:image|photo|picture|slide|gallery)?\\s*\\d+\\s*(?:of|/)\\s*\\d+$",
            "^(?:enlarge|expand|zoom|view|open|see|show|hide|toggle|close)(?: this| the)?(?: image| photo| picture"
                    + "| caption| gallery| all photos| fullscreen| in gallery| image in fullscreen| full image)+$",
            "^item \\d+ of \\d+\\b",
            "^(?:zum vergrößern (?:auf das bild |bitte )?(?:klicken|tippen)|bild vergrößern|bilder? ansehen"
                    + "|agrandir l'image|ampliar (?:imagen|foto)|ingrandisci)",
            "^(?:view image in fullscreen|open image in gallery|click to enlarge|click image to enlarge|zoom in"
                    + "|image|photo|gallery|view gallery|watch|video|play video|\\d+ photos?|\\d+ images?)$"));

    private CaptionLines() {}

    /**
     * Drops each caption and credit line; a credit that stands alone on its line ("Hector Retamal/AFP/Getty
     * Images") also takes the short line right above it and an unpunctuated short line right below it: the caption
     * it credits sits on one side or the other, depending on the site.
     */
    @Override
    public List<Line> apply(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.isBody() || !drops(line)) {
                out.add(line);
                continue;
            }
            if (!isCreditOnly(line)) {
                continue;
            }
            if (!line.afterBlank() && !out.isEmpty()) {
                Line above = out.get(out.size() - 1);
                if (above.isBody() && !above.bulleted() && above.words() <= CAPTION_WORDS) {
                    out.remove(out.size() - 1);
                }
            }
            // Some sites print the credit first and the caption under it, without a full stop.
            if (i + 1 < lines.size()) {
                Line below = lines.get(i + 1);
                if (below.isBody() && !below.afterBlank() && !below.bulleted() && !below.isProse()
                        && below.words() <= CAPTION_WORDS) {
                    i++;
                }
            }
        }
        return out;
    }

    private static boolean isCreditOnly(Line line) {
        return line.words() <= 8 && (AGENCY_ONLY.matcher(line.text()).matches() || CREDIT_SLASH.matcher(line.text()).find()
                && !TextShape.endsSentence(line.text()));
    }

    @Override
    public boolean drops(Line line) {
        String text = line.text();
        int words = line.words();
        if (words > 70) {
            return false;
        }
        if (CAPTION_START.matcher(text).find() || GALLERY.matcher(line.key()).find()
                || line.key().contains("purchase licensing rights")) {
            return true;
        }
        // A credit ends the line without a full stop (or in brackets); a finished sentence is not a credit line.
        boolean sentence = TextShape.endsSentence(text) && !text.endsWith(")") && !text.endsWith("]");
        return !sentence && (endsWith(ENDS_WITH_CREDIT, text) || endsWith(PAREN_CREDIT, text)
                || words <= CAPTION_WORDS && endsWith(PAREN_AGENCY, text)
                || endsWith(AGENCY_TAIL, text) || endsWith(CREDIT_SLASH, text) || endsWith(COPYRIGHT_TAIL, text));
    }

    /** Credits sit at the end, so the end-anchored patterns only need the last {@value #TAIL} characters. */
    private static boolean endsWith(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        m.region(Math.max(0, text.length() - TAIL), text.length());
        m.useTransparentBounds(true).useAnchoringBounds(false);
        return m.find();
    }
}
