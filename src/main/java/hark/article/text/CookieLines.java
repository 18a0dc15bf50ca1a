package hark.article.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops cookie and consent notices and their buttons: "We use cookies to improve your experience...", "Accept
 * all", "Manage preferences", "We value your privacy". Only the site's own voice ("we", "our", "accept cookies")
 * counts, so an article about browser cookies keeps its sentences; in German, French, Spanish, Italian,
 * Portuguese, Polish and Dutch too ("Wir verwenden Cookies", "Nous utilisons des cookies"). Stateless.
 */
public final class CookieLines implements LineRule {
    public static final CookieLines INSTANCE = new CookieLines();
    private static final Set<String> BUTTONS = Set.of("accept", "accept all", "accept all cookies", "accept cookies",
            "reject all", "reject", "decline", "decline all", "manage preferences", "manage settings", "manage cookies",
            "manage options", "cookie settings", "cookie policy", "cookies policy", "cookie preferences",
            "privacy settings", "i agree", "i accept", "agree", "agree and close", "got it", "ok", "okay", "allow all",
            "allow cookies", "allow all cookies", "customise", "customize", "more options", "necessary only",
            "only necessary", "we value your privacy", "your privacy choices", "your privacy", "privacy preference center",
            "do not sell my personal information", "do not sell or share my personal information", "consent",
            "manage consent", "dismiss", "close");
    private static final Pattern CONSENT_WORD = Pattern.compile("\\b(?:use|uses|used|accept|consent|policy|settings"
            + "|preferences|experience|personali[sz]|analytics|advertising|browsing|browser|device|partners|third[- ]party"
            + "|store|tracking|continu|agree|improve)");
    private static final Pattern SITE_VOICE = Pattern.compile(
            "\\b(?:we|our|this (?:web)?site)\\b.{0,80}\\bcookies?\\b|\\bcookies?\\b.{0,80}\\b(?:we|our)\\b");
    private static final Pattern COOKIE_CONTROLS = Pattern.compile(
            "\\b(?:accept|allow|reject|manage|use of) (?:all |our |the )?cookies\\b"
            + "|\\bcookie (?:policy|settings|preferences|notice|consent|banner)\\b");
    /** The same notice in the other languages our listeners paste most: the site says it uses cookies. */
    private static final Pattern OTHER_LANGUAGES = Pattern.compile(
            "\\b(?:wir (?:verwenden|nutzen|setzen|benutzen)|(?:diese|unsere) (?:web)?seite (?:verwendet|nutzt|benutzt)"
            + "|nous utilisons|ce site (?:web )?utilise|(?:utilizamos|usamos)|este (?:sitio|site|portal)(?: web)? (?:utiliza|usa)"
            + "|utilizziamo|questo sito (?:web )?utilizza|korzystamy z|(?:ta|nasza) strona (?:używa|korzysta z|wykorzystuje)"
            + "|(?:wij gebruiken|deze (?:web)?site gebruikt)) .{0,40}\\bcook");
    private static final Pattern PARTNERS = Pattern.compile(
            "^we and our (?:\\d+ )?(?:partners|vendors)|store and/or access information on a device");

    private static final int NOTICE_WORDS = 80;
    private static final int LONG_NOTICE_WORDS = 160;
    private static final Pattern NOTICE_START = Pattern.compile(
            "^(?:we|this (?:web)?site) (?:and our partners )?(?:use|uses) cookies");
    private static final Pattern PRIVACY_HEADING = Pattern.compile(
            "(?:please )?(?:accept|review|read) our (?:privacy|cookie|cookies) (?:terms|policy|notice|settings)");

    private CookieLines() {}

    @Override
    public boolean drops(Line line) {
        String key = line.key();
        if (BUTTONS.contains(key) || PRIVACY_HEADING.matcher(key).matches()) {
            return true;
        }
        if (!key.contains("cookie") && !key.contains("partners") && !key.contains("vendors")
                && !key.contains("store and/or")) {
            return false;
        }
        // A notice that opens with the site's cookies may run on through its whole list of purposes.
        int limit = NOTICE_START.matcher(key).find() ? LONG_NOTICE_WORDS : NOTICE_WORDS;
        return line.words() <= limit && (SITE_VOICE.matcher(key).find() && CONSENT_WORD.matcher(key).find()
                        || COOKIE_CONTROLS.matcher(key).find() || PARTNERS.matcher(key).find()
                        || OTHER_LANGUAGES.matcher(key).find());
    }
}
