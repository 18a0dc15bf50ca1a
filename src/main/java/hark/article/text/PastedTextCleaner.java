package hark.article.text;

import hark.HarkException;
import hark.article.Article;
import hark.article.ArticleExtractor;
import hark.article.Block;
import hark.article.BlockKind;
import hark.source.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans an article copied out of a browser: a chain of small line filters, in the manner of boilerpipe, drops the
 * clutter that came along (ads, captions, widgets, share and subscribe prompts, breadcrumbs, related lists) and
 * marks the title, standfirst, byline and date. Thread-safe: every filter is stateless.
 *
 * <p>{@code Article a = new PastedTextCleaner().extract(new Source("-", pasted, Source.Format.TEXT, ""));}
 */
public final class PastedTextCleaner implements ArticleExtractor {
    /** The whole chain, top to bottom. Each filter's javadoc says what it drops and why. */
    static final List<LineFilter> CHAIN = List.of(
            RelatedSectionFilter.INSTANCE, // first, while the "Related" marker line is still there to cut at
            ReferenceMarks.INSTANCE,
            TimestampLines.INSTANCE,       // dates become metadata before rules that drop digit-only lines
            BylineLines.INSTANCE,
            AdLines.INSTANCE,
            MarkupLines.INSTANCE,          // an ad slot's raw HTML, dumped verbatim with the page
            PlayerWidgetLines.INSTANCE,
            FontListLines.INSTANCE,        // a video player's font picker
            TokenListLines.INSTANCE,       // a kudos list of user names, a keyword list
            ReadingTimeLines.INSTANCE,
            ShareLines.INSTANCE,
            NewsletterLines.INSTANCE,
            CookieLines.INSTANCE,
            SiteNoticeLines.INSTANCE,
            CaptionLines.INSTANCE,
            GalleryLines.INSTANCE,         // a slideshow's "1/50 ..." slides, with their captions
            TickerLines.INSTANCE,          // "14:44 Headline", "14:32 Headline": a news ticker beside the story
            NavigationLines.INSTANCE,
            CrossReferenceLines.INSTANCE,  // "Lea también: ...", "Lesen Sie auch: ..." between paragraphs
            DuplicateLines.INSTANCE,
            BodySpanFilter.INSTANCE,       // the article's stretch of prose, with its header, out of the whole page
            EndMarkerFilter.INSTANCE,      // then its end: "Comments", "Share this", "Mehr zum Thema"
            FurnitureTailFilter.INSTANCE,  // or the comment form, "Previous post", the author's "about me"
            LeftoverMarkerLines.INSTANCE,  // the markers above the cut: links to comments, share rows
            HeadlineFilter.INSTANCE,       // needs the clutter gone to see the first real headline
            HeaderZoneFilter.INSTANCE,
            TrailingListFilter.INSTANCE,
            RegisterFilter.INSTANCE,
            ImagePlaceholderLines.INSTANCE); // last: "[HighDemand]", a picture's label, still marks a break above
    /** A short unpunctuated line between paragraphs is a heading. */
    private static final int HEADING_WORDS = 12;
    /** Headlines are short; a lone line this long is the text itself. */
    private static final int LONE_LINE_WORDS = 12;

    @Override
    public Article extract(Source source) {
        List<Line> parsed = PastedLines.parse(source.text());
        List<Line> lines = parsed;
        for (LineFilter filter : CHAIN) {
            lines = filter.apply(lines);
        }
        if (lines.stream().noneMatch(l -> l.isBody() || l.role() == Line.Role.STANDFIRST)) {
            List<Line> given = ShortPaste.asGiven(parsed, CHAIN);
            lines = given.isEmpty() ? lines : given;
        }
        String title = "";
        List<Block> blocks = new ArrayList<>();
        List<Line> body = lines.stream().filter(Line::isBody).toList();
        int bodyIndex = 0;
        for (Line line : lines) {
            switch (line.role()) {
                case TITLE -> title = line.text();
                case STANDFIRST -> blocks.add(new Block(BlockKind.STANDFIRST, line.text()));
                case BODY -> blocks.add(new Block(kind(body, bodyIndex++), line.text()));
                default -> { } // byline and date lines are metadata, not text
            }
        }
        // A one-line paste that looks like a headline but runs long is a paragraph, not a title with nothing under it.
        if (blocks.isEmpty() && TextShape.words(title) >= LONE_LINE_WORDS) {
            blocks.add(Block.paragraph(title));
            title = "";
        }
        if (blocks.isEmpty()) {
            String name = "-".equals(source.origin()) ? "stdin" : source.origin();
            throw new HarkException(HarkException.INPUT, name + ": no article text found; paste the article's "
                    + "paragraphs, not just its headline or links, or give the page's URL");
        }
        return new Article(title, LineMetadata.of(lines), blocks);
    }

    /**
     * The kind of a body line, from its shape and its neighbours: a short unpunctuated line alone is a heading;
     * several in a row, or after a line ending in a colon, are list items whose bullets the browser did not copy.
     */
    private static BlockKind kind(List<Line> body, int i) {
        Line line = body.get(i);
        if (line.bulleted()) {
            return BlockKind.LIST_ITEM;
        }
        if (isShortLabel(line)) {
            boolean afterColon = i > 0 && body.get(i - 1).text().endsWith(":");
            boolean inRun = i > 0 && isShortLabel(body.get(i - 1)) || i + 1 < body.size() && isShortLabel(body.get(i + 1));
            return afterColon || inRun ? BlockKind.LIST_ITEM : BlockKind.HEADING;
        }
        return isQuotation(line.text()) ? BlockKind.QUOTE : BlockKind.PARAGRAPH;
    }

    private static boolean isShortLabel(Line line) {
        return !line.bulleted() && !line.isProse() && line.words() <= HEADING_WORDS;
    }

    /** A line that is one quotation from its opening mark to its closing mark, with no attribution after it. */
    private static boolean isQuotation(String text) {
        String t = text.strip();
        return t.length() > 2 && (t.charAt(0) == '“' || t.charAt(0) == '"') && (t.endsWith("”") || t.endsWith("\""))
                && t.indexOf('”', 1) == t.length() - 1 && TextShape.words(t) >= 3;
    }
}
