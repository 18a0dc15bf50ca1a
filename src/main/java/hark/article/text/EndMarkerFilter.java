package hark.article.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the page at the line that ends the article: a short line that is only an end marker, the heading of what a
 * site puts after its story ("Comments", "Leave a reply", "Share this article", "You may also like", "Mehr zum
 * Thema", "Das könnte Sie auch interessieren", "Laisser un commentaire", "Noticias relacionadas", "Czytaj
 * także"), in the languages our listeners paste most. The cut is made only when more of the article's prose lies
 * above the marker than below it, so a heading inside the story that happens to read "Comments" does not end it.
 * What follows such a marker (comment threads, author boxes, teaser lists) is often prose, which the
 * {@link BodySpanFilter} alone would keep. A "Related" or "Read also" marker over a few headlines and then a full
 * paragraph is a box inside the story: the box goes and the story goes on. Stateless.
 */
public final class EndMarkerFilter implements LineFilter {
    public static final EndMarkerFilter INSTANCE = new EndMarkerFilter();
    private static final int MARKER_WORDS = 8;
    /** The markers that also head a box of links inside a story. */
    private static final Pattern RELATED_BOX = Pattern.compile("^(?:related(?: .{1,30})?|read (?:more|also|next)"
            + "|see also|further reading|more (?:from|on|in|about) .{1,40}|recommended(?: for you)?"
            + "|you (?:may|might) also (?:like|enjoy)|(?:lea|lee) también|lesen sie (?:auch|mehr).{0,40}|(?:à )?lire aussi"
            + "|leia também|veja também|czytaj (?:też|także|więcej)|zobacz (?:też|także|również)|leggi anche|lees ook"
            + "|mehr zum thema|(?:auch )?interessant|relacionad[oa]s|související(?: články| zprávy)?|súvisiace(?: články)?"
            + "|(?:čtěte|přečtěte si) (?:také|též)|(?:čítajte|prečítajte si) (?:aj|tiež))$");
    /** An inline box holds up to this many headlines (plus its marker). */
    private static final int BOX_LINES = 4;
    private static final int HEADLINE_WORDS = 16;
    /** The paragraph that resumes a story after an inline box: longer than any teaser's summary. */
    private static final int PARAGRAPH_WORDS = 35;
    /** Prose above a share button that makes it the story's end rather than a button in a page's header. */
    private static final int STORY_WORDS = 150;
    static final Pattern MARKER = Pattern.compile("^(?:"
            // English
            + "(?:\\d+ )?comments?|(?:leave|post|add|write|submit) a (?:reply|comment)|(?:\\d+ )?(?:replies|responses)"
            + "|(?:\\d+ )?thoughts? on .{1,80}|share(?: this| this article| this story| this post| on)?|like this"
            + "|related(?: posts| articles| stories| content| reading)?|you (?:may|might) also (?:like|enjoy)"
            + "|read (?:more|next|also)|more (?:from|on|in|about) .{1,40}|about the author|tags?|filed under"
            + "|categories|posted in .{1,40}|recommended(?: for you)?|further reading|see also|no comments"
            + "|(?:what do you think|join the (?:discussion|conversation))|latest on|author|like this|share this"
            + "|most (?:read|popular|viewed|shared)(?: .{1,40})?|while you(?:'re| are) here"
            // German
            + "|(?:\\d+ )?kommentare?|(?:hinterlasse|hinterlassen sie|schreib|schreibe|schreiben sie|verfasse)"
            + " (?:jetzt )?(?:einen|eine|ihren|deinen) (?:kommentar|antwort)|kommentar (?:schreiben|verfassen)"
            + "|(?:diesen |den )?(?:artikel|beitrag|seite) (?:teilen|empfehlen)|teilen|jetzt teilen"
            + "|(?:das|die|dies) (?:könnte|könnten|dürfte) (?:dich|sie|ihnen|dir) auch interessieren"
            + "|(?:auch )?interessant|weiterlesen|mehr (?:zum|zu diesem) thema|mehr (?:dazu|aus|von|zum) .{1,40}"
            + "|(?:ähnliche|verwandte|weitere) (?:artikel|beiträge|themen|nachrichten|meldungen)"
            + "|lesen sie (?:auch|mehr)(?: die folgenden beiträge)?|schlagwörter|schlagworte|kategorien?"
            + "|über (?:den autor|die autorin|mich)|autor(?:in|\\*in)?|keine kommentare|was denkst du"
            + "|(?:die )?meistgelesenen? (?:artikel|beiträge|nachrichten)(?: .{1,40})?|meistgelesen|am meisten gelesen"
            + "|mehr lesen (?:über|zu|zum thema)(?: .{1,40})?"
            // WordPress's share and like rows, in German: "Teilen mit:", "Sharen mit:", "Gefällt mir:"
            + "|(?:beitrag |artikel )?(?:teilen|sharen)(?: mit| auf .{1,20})?|gefällt mir|liken"
            + "|(?:das thema|diese artikel|dieser artikel) (?:könnte|könnten) (?:dich|sie) (?:auch|ebenfalls) interessieren"
            + "|(?:beliebte|weitere|neueste) (?:beiträge|artikel)(?: .{1,30})?"
            // French, Spanish, Italian, Portuguese, Dutch, Polish
            + "|(?:\\d+ )?commentaires?|laisser un commentaire|partager(?: cet article)?|(?:à )?lire aussi"
            + "|sur le même sujet|articles similaires|vous aimerez aussi"
            + "|(?:\\d+ )?comentarios?|deja (?:un|tu) comentario|compartir(?: esta nota| este artículo)?"
            + "|(?:te|le) puede interesar|noticias relacionadas|artículos relacionados|lea también|lee también"
            + "|relacionad[oa]s|veja também|leia também|valora esta noticia"
            + "|(?:\\d+ )?commenti|lascia un commento|condividi|leggi anche|articoli correlati"
            + "|(?:\\d+ )?reacties|deel dit artikel|lees ook|gerelateerde artikelen"
            + "|(?:\\d+ )?komentarz[ey]?|udostępnij|zobacz (?:też|także|również)|czytaj (?:też|także|więcej)"
            + "|podobne artykuły"
            // Czech and Slovak
            + "|související(?: články| zprávy)?|súvisiace(?: články)?|(?:čtěte|přečtěte si) (?:také|též)"
            + "|(?:čítajte|prečítajte si) (?:aj|tiež)|(?:\\d+ )?komentář[eů]?|(?:\\d+ )?komentár(?:e|ov)?|diskuse|diskusia"
            + "|sdílet|zdieľať|mohlo by vás (?:také )?zajímat|mohlo by vás (?:tiež )?zaujímať)$");
    /**
     * A paywall or registration wall: the free part of the story ends here, and what follows is the offer. Matched at
     * the start of the line, since the offer often runs on in the same line.
     */
    static final Pattern PAYWALL = Pattern.compile("^(?:to (?:view|read|continue reading) (?:the full|this|the rest)"
            + "|subscribe (?:now )?to (?:continue|keep) reading|already a subscriber|(?:this|the rest of this) (?:article"
            + "|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:subscribers|members)"
            + "|(?:kostenlos |jetzt )?registrieren und weiterlesen|jetzt (?:weiterlesen|abonnieren und weiterlesen)"
            + "|(?:weiterlesen|lesen sie weiter) mit (?:einem |unserem )?(?:abo|digital-abo|\\p{L}+\\+|\\p{L}+ plus)"
            + "|abonnez-vous pour lire la suite|la suite (?:de cet article )?est réservée aux abonnés"
            + "|(?:para )?seguir leyendo.{0,20}suscr"
            // a blog's footer line and a newspaper's letters prompt also open what comes after the story
            + "|this entry was posted in|we want to hear what you think about this article)");
    /**
     * WordPress's share buttons as a text dump shows them, "Click to share on Facebook (Opens in new window)", often
     * with the share count glued on; the first of the row ends the story even when the "Share this:" heading is gone.
     */
    static final Pattern SHARE_BUTTON = Pattern.compile(
            "^\\d*click to (?:share|email|print|tweet)\\b.{0,60}$");

    private EndMarkerFilter() {}

    @Override
    public List<Line> apply(List<Line> lines) {
        int total = proseWords(lines, 0, lines.size());
        int above = 0;
        List<Line> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBody() && isMarker(line) && above > 0 && above * 2 > total) {
                int resume = afterInlineBox(lines, i);
                if (resume < 0) {
                    return kept;
                }
                i = resume - 1; // the box and its marker go; the story goes on below it
                continue;
            }
            // A share button is never part of a story, so a story's worth of prose above it is enough to cut,
            // however long the comment thread below.
            if (line.isBody() && above >= STORY_WORDS && SHARE_BUTTON.matcher(line.key()).matches()) {
                return kept;
            }
            if (line.isBody() && line.isProse()) {
                above += line.words();
            }
            kept.add(line);
        }
        return kept;
    }

    /**
     * A "Related" box set inside a story ("Related / three headlines / the story's next paragraph"): where the
     * story resumes below the marker, or -1 when the marker ends the story. A box is a few short headline lines; what
     * follows it must be a full paragraph, longer than a teaser's summary.
     */
    static int afterInlineBox(List<Line> lines, int marker) {
        if (!RELATED_BOX.matcher(lines.get(marker).key()).matches()) {
            return -1; // comments, the author, share rows: nothing of the story comes after them
        }
        int i = marker + 1;
        while (i < lines.size() && i - marker <= BOX_LINES && isHeadline(lines.get(i))) {
            i++;
        }
        boolean boxed = i > marker + 1 && i - marker <= BOX_LINES;
        return boxed && i < lines.size() && lines.get(i).isBody() && lines.get(i).isProse()
                && lines.get(i).words() >= PARAGRAPH_WORDS ? i : -1;
    }

    /** A linked headline in a box: not a sentence, or a short one ("I wore the Vision Pro. It's the best demo."). */
    private static boolean isHeadline(Line line) {
        return !line.isProse() || line.words() <= HEADLINE_WORDS;
    }

    private static boolean isMarker(Line line) {
        return line.words() <= MARKER_WORDS && MARKER.matcher(line.key()).matches()
                || SHARE_BUTTON.matcher(line.key()).matches() || PAYWALL.matcher(line.key()).find();
    }

    private static int proseWords(List<Line> lines, int from, int to) {
        int words = 0;
        for (Line line : lines.subList(from, to)) {
            if (line.isBody() && line.isProse()) {
                words += line.words();
            }
        }
        return words;
    }
}
