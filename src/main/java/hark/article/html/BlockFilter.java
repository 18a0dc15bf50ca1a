package hark.article.html;

import hark.article.Block;
import hark.article.BlockKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The last pass over the written blocks, by their words: drops short blocks that are page furniture
 * ("Advertisement", "Share this article", "Sign up for our newsletter", "Read more: ...", photo credits, ratings,
 * login prompts, bare dates, link bars), a trailing "Related" heading with the headline list under it, repeated
 * blocks, and the title when the page repeats it at the top. Patterns cover English, German, French, Spanish,
 * Italian and Polish wording. Stateless, thread-safe.
 */
final class BlockFilter {
    /** A whole short block that is furniture. */
    private static final Pattern FURNITURE = Pattern.compile("(?iu)^\\W*("
            + "advertisements?|advertising|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|reklama"
            + "|sponsored( content)?|ad|continue reading( below)?|story continues below( advertisement)?"
            + "|article continues below|scroll (down )?to continue.*|share( this( article| story| post| page)?)?( on \\w+)?"
            + "|share via.*|tweet|print|drucken|email|e-mail|whatsapp|facebook|twitter|linkedin|pinterest|reddit|xing"
            + "|copy link|link copied|pinnen|teilen( mit)?|gefällt mir.*|partager|compartir|condividi|udostępnij"
            + "|comments?|\\d+ comments?|kommentare?|kommentieren|kommentar verfassen|commentaires?|comentarios?"
            + "|leave a (reply|comment)|comments are closed\\.?|be the first to comment.*"
            + "|newsletter|follow us( on .*)?|folge(n sie)? uns.*|read more|weiterlesen|mehr lesen|lire la suite"
            + "|leer m[áa]s|see also|siehe auch|voir aussi|loading.*|wird geladen.*|chargement.*|cargando.*"
            + "|please enable javascript.*|back to top|nach oben|skip to (main )?content|zurück( zur .*)?"
            + "|listen to (this|the) (article|story)|\\d+ min(ute)?s? (read|lesezeit)|reading time.*|lesezeit.*"
            + "|getty images|reuters|dpa|afp|ap|ap photo.*|(©|\\(c\\)|copyright) .*|all rights reserved\\.?"
            + "|impressum|datenschutz|privacy policy|terms of (use|service)|cookie (settings|policy)"
            + ")\\W*$");
    /** A short block that starts like a pointer to something else on the site. */
    private static final Pattern POINTER = Pattern.compile("(?iu)^\\W*("
            + "read (also|more|next)|see also|related( articles?| stories| posts| content| topics)?|more (on|from|about)"
            + "|recommended|you (may|might) (also )?like|also read|don'?t miss|top stories|most (read|popular|viewed)"
            + "|lesen sie (auch|mehr|hier)|mehr (zum thema|themen|dazu|zu diesem thema|artikel)|zum weiterlesen"
            + "|auch interessant|schon gelesen|das könnte (dich|sie|ihnen) auch interessieren|könnte (dich|sie) auch"
            + "|weitere (artikel|beiträge|informationen|infos|themen|nachrichten|meldungen|news)|ähnliche (themen|artikel|beiträge)"
            + "|nächster artikel|vorheriger artikel|vorschau auf|lire aussi|à lire aussi|a lire aussi|à voir aussi"
            + "|le puede interesar|te puede interesar|puedes ver|lee también|lea también|leer también|más noticias"
            + "|leggi anche|potrebbe interessarti|czytaj (też|także|więcej)|zobacz (też|także|również)|dowiedz się więcej"
            + "|anzeige\\b|\\*?werbung\\b|sponsored by|in partnership with|affiliate"
            + ")\\b.*");
    /** Prompts to log in, rate, subscribe or comment, anywhere in a short block. */
    private static final Pattern PROMPT = Pattern.compile("(?iu)("
            + "(eingeloggt|einloggen|anmelden|log(ged)? in|sign in|registriert).{0,60}(kommentar|comment|diskussion|lesen)"
            + "|(kommentar|comment).{0,40}(eingeloggt|einloggen|log(ged)? in|sign in)"
            + "|nicht eingeloggt|not logged in|sign up (here|now|for)|newsletter|abonnieren|subscribe (now|today|to)"
            + "|artikel (bewerten|teilen)|(rate|share) this (article|post|story)|was this (article|page) (helpful|useful)"
            + "|war (der|dieser) (artikel|beitrag) (nützlich|hilfreich)|\\(\\d+ stimmen|sterne anklicken|keine bewertungen"
            + "|noch keine kommentare|no comments yet|comment by .* @ )");
    /** Disclaimers and notices about the page rather than the story: affiliate links, copyright, opinion, licence. */
    private static final Pattern NOTICE = Pattern.compile("(?iu)("
            + "affiliate.?links?|provision vom händler|erhalten wir eine provision|we (may )?earn (a )?commission"
            + "|copyrighted property|written permission|without permission|reprint(ed)? (in|without)"
            + "|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"
            + "|gibt die meinung des autors wieder|n'engagent que|views expressed (here )?are|opinions expressed"
            + "|veröffentlicht unter der lizenz|licensed under (a )?creative commons|already a subscriber"
            + "|subscribers? (also )?(receive|get)|werden sie mitglied|hazte miembro|únete|join (us|our)"
            + "|letter to the editor via|tenemos canal de)");
    /**
     * What sites print under a story about the story: "First Published: ...", "Like this story? Share it with a
     * friend!", "Follow Jane on Facebook, Twitter and Instagram.", "Note: we are temporarily moderating all
     * comments", "Via Reuters", "Listen: https://... Download: ...". Spoken aloud it is noise.
     */
    private static final Pattern TRAILER = Pattern.compile("(?iu)^\\W*("
            + "(first|originally|last) (published|posted|updated)( on| at)?\\s*:.*"
            + "|(like|liked|enjoy|enjoyed|love|loved) this (story|article|post|piece)\\?.*"
            + "|follow .{1,60} on (facebook|twitter|instagram|x|linkedin|youtube|tiktok|threads|bluesky|mastodon)\\b.*"
            + "|(note: )?(we are|we're|we have) (temporarily )?(moderating|closed|turned off|disabled) (all )?comments.*"
            + "|(all )?comments (are|will be) (moderated|reviewed).*"
            + "|via:? [\\p{L}\\p{N}][\\p{L}\\p{N} .&'’-]{0,40}"
            + "|(listen|download)\\s*:\\s*(https?://|www\\.)\\S+.*"
            + ")$");
    private static final int TRAILER_LENGTH = 200;
    /** A caption or credit line (kept only with captions on, and then it came from figcaption anyway). */
    private static final Pattern CREDIT = Pattern.compile("(?iu)(^\\(?(foto|fotos|photo|photos|bild|bilder|titelbild"
            + "|image|images|credit|credits|quelle|source|fuente|crédits? photos?|abbildung|abb\\.|figure|fig\\.|grafik"
            + "|illustration)( \\d+)?\\s*:.*|(\\s|\\()(foto|photo|bild|credit|quelle|fuente|source|crédits? photos?)"
            + "\\s*:\\s*[^.!?]{2,60}\\)?$)");
    /** A date ("17.01.2021", "16 marca 2021", "Feb 6, 2014", "3 days ago"); a block with one and few words is a dateline. */
    private static final Pattern DATE = Pattern.compile("(?iu)\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{1,2}\\.? \\p{L}{3,12}\\.? \\d{4}"
            + "|\\p{L}{3,12}\\.? \\d{1,2},? \\d{4}|\\d+ (minutes?|hours?|days?|weeks?|months?|years?) ago");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u3002]$");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** A bar of short links: "Impressum | Datenschutz | Kontakt". */
    private static final Pattern LINK_BAR = Pattern.compile("^([^|]{1,30}+\\|){2,}+[^|]{0,40}+$");

    private BlockFilter() {}

    static List<Block> filter(List<Block> blocks, String title, boolean captions) {
        List<Block> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String titleKey = TitleCleaner.key(title);
        int total = blocks.size();
        for (int i = 0; i < total; i++) {
            Block block = blocks.get(i);
            String text = block.text();
            String key = TitleCleaner.key(text);
            if (key.isEmpty()) {
                continue;
            }
            if (i >= total / 2 && i > 0 && text.length() <= 80 && POINTER.matcher(text).matches()
                    && restAreHeadlines(blocks, i + 1)) {
                break; // a trailing "Related" list: the article has ended
            }
            if (furniture(block, text, captions)) {
                continue;
            }
            if (out.size() < 3 && !titleKey.isEmpty() && key.equals(titleKey) && block.kind() != BlockKind.TABLE) {
                continue;
            }
            if (text.length() > 20 && text.length() <= 150 && !seen.add(block.kind() + key)) {
                continue;
            }
            out.add(block);
        }
        return out;
    }

    private static boolean furniture(Block block, String text, boolean captions) {
        int length = text.length();
        if (block.kind() == BlockKind.TABLE) {
            return false;
        }
        return (length <= 80 && FURNITURE.matcher(text).matches())
                || (length <= TRAILER_LENGTH && TRAILER.matcher(text).matches())
                || (length <= 150 && POINTER.matcher(text).matches())
                || (length <= 200 && PROMPT.matcher(text).find())
                || (length <= 300 && NOTICE.matcher(text).find())
                || (!captions && length <= 250 && CREDIT.matcher(text).find())
                || (length <= 60 && DATE.matcher(text).find() && WORD.matcher(text).results().count() <= 4)
                || (length <= 150 && LINK_BAR.matcher(text).matches());
    }

    /** True when every following block is short and none ends as a sentence does: a list of headlines or links. */
    private static boolean restAreHeadlines(List<Block> blocks, int from) {
        for (int i = from; i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            if (text.length() > 150 || SENTENCE_END.matcher(text).find()) {
                return false;
            }
        }
        return true;
    }

    static int textLength(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.text().length();
        }
        return n;
    }
}
