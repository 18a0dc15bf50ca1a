package hark.article.text;

import java.util.regex.Pattern;

/**
 * Drops what a site says to the visitor rather than the reader: that the browser is out of date or JavaScript is
 * off, that a registration, order or cart change went through, that a password is on its way, that the article
 * carries affiliate links or advertising ("Dieser Beitrag enthält Werbung", "Für Links auf dieser Seite erhält
 * CHIP ggf. eine Provision"). These notices sit in the page's markup whether or not they are shown, so a copy
 * takes them along. Stateless.
 */
public final class SiteNoticeLines implements LineRule {
    public static final SiteNoticeLines INSTANCE = new SiteNoticeLines();
    /** Disclosures run to three or four sentences ("... Terms apply to the offers listed on this page."). */
    private static final int NOTICE_WORDS = 60;
    private static final Pattern NOTICE = Pattern.compile(
            // the browser
            "(?:your|dein|ihr) browser (?:is|ist) (?:leider )?(?:out of date|outdated|veraltet)"
            + "|you are using a browser version with limited support|(?:javascript|js) (?:is|ist) (?:disabled|deaktiviert)"
            + "|(?:sie haben|you have) javascript .{0,40}(?:deaktiviert|disabled)"
            // the visitor's account, order or cart
            + "|^vielen dank für ihre (?:registrierung|anmeldung|bestellung)|^thank you for (?:registering|signing up|your order)"
            + "|wurde erfolgreich (?:hinzugefügt|gespeichert)|was (?:successfully )?added to your (?:cart|basket)"
            + "|(?:ein|ihr) passwort wird ihnen per e-mail zugeschickt|a password will be e-?mailed to you"
            // affiliate and advertising disclosures
            + "|enthält (?:affiliate[- ]links|werbung|provisionslinks)|^werbung(?: für [^.]{1,40})?$|^anzeige\\b.{0,30}affiliate"
            + "|(?:erhält|erhalten) .{0,40}(?:ggf\\. |gegebenenfalls )?eine provision"
            + "|this (?:post|article|page) (?:may )?contains? (?:affiliate links|references to products)"
            + "|handelt es sich um (?:affiliate|partner)[- ]?links|amazon product advertising api"
            + "|is supported by (?:its|our) (?:audience|readers)|when you (?:buy|purchase|shop) (?:through|via|using)"
            + " (?:links|retailer links) on our site|we may (?:earn|receive) (?:an affiliate |a small |a )?"
            + "(?:commission|compensation)|advertisers do not influence");

    private SiteNoticeLines() {}

    @Override
    public boolean drops(Line line) {
        return line.words() <= NOTICE_WORDS && NOTICE.matcher(line.key()).find();
    }
}
