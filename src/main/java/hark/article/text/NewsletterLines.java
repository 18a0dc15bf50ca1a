package hark.article.text;

import java.util.regex.Pattern;

/**
 * Drops newsletter, subscription and paywall prompts: "Sign up for our morning briefing", "Subscribe now",
 * "Already a subscriber? Log in", "Get the latest news delivered to your inbox", "By signing up you agree to our
 * Privacy Policy". An article that reports on newsletters in the third person is kept: a prompt must address the
 * reader. Stateless.
 */
public final class NewsletterLines implements LineRule {
    public static final NewsletterLines INSTANCE = new NewsletterLines();
    /** Openings that are prompts whatever follows. */
    private static final Pattern STRONG_START = Pattern.compile(
            "^(?:sign up|signup|subscribe|already (?:a subscriber|a member|have an account|registered)"
            + "|become a (?:member|subscriber|supporter|patron)|don't miss|never miss|log in|login|sign in|unlock"
            + "|start (?:your|a) (?:free )?trial|enter your e-?mail|you've read|you have read|thank you for reading"
            + "|thanks for reading|subscribers? only|exclusive for subscribers|continue reading with|keep reading with"
            + "|to continue reading|create (?:a |your )?(?:free )?account"
            + "|this (?:article|story|content) is (?:for|available to|exclusive to) (?:subscribers|members)"
            // German: "Abonnieren Sie kostenlos den Newsletter", "Jetzt Newsletter abonnieren", "Melde dich an"
            + "|abonnieren sie|abonniere|jetzt (?:newsletter )?(?:abonnieren|anmelden|registrieren)|newsletter abonnieren"
            + "|melden sie sich|melde dich|keine .{1,60}? mehr verpassen|nichts mehr verpassen|lust auf mehr)\\b");
    /** Openings that are prompts only when they also address the reader ("Get our newsletter", not "Get access to water"). */
    private static final Pattern WEAK_START = Pattern.compile(
            "^(?:get|join|support|want|receive|register|try|stay (?:informed|up to date|in the know|ahead|updated"
            + "|connected)|for (?:more|the latest)|like this (?:article|story)|enjoying|love|read more stories like this"
            + "|make a (?:donation|contribution)|donate|missing out|want more|headlines|immer (?:aktuell|informiert)"
            + "|bleiben sie|bleib)\\b");
    private static final Pattern READER = Pattern.compile(
            "\\b(?:you|your|our|us|here|now|today|free|sie|ihr|ihre|ihren|du|dich|dir|dein|deinen|unser|unsere"
            + "|unseren|unseres|jetzt|kostenlos|hier)\\b");
    private static final Pattern SUBSCRIPTION_WORD = Pattern.compile(
            "newsletter|subscri|inbox|posteingang|postfach|abonn|e-?mail|sign(?:ing)? ?up|member|trial|account|journalism|unlimited|access"
            + "|briefing|delivered|alerts|notifications|digest|log ?in|sign in|register|donat|support|free articles?"
            + "|paywall|premium|plus|offer");
    private static final Pattern SMALL_PRINT = Pattern.compile(
            "^by (?:signing up|subscribing|clicking|registering|entering your e-?mail|continuing|submitting)"
            + "|protected by recaptcha|thank you for (?:signing up|subscribing|registering)"
            + "|(?:privacy (?:policy|notice)|terms of (?:use|service)).{0,80}\\b(?:agree|apply|consent)"
            + "|\\b(?:\\d+|one|two|three|four|five) free (?:articles?|stories) (?:left|remaining|this month)"
            // an app's advert: "For the latest stories download the Nationnews apps for iOS and Android"
            + "|^(?:for (?:the latest|more) .{0,60}?)?download (?:the|our) .{0,40}?\\bapps?\\b.{0,20}\\b(?:ios|android|app store|google play)\\b"
            + "|^(?:subscribe|sign up|log in|sign in|register|subscribe now|sign up now|join now|log out|sign out"
            + "|already a subscriber|newsletter|newsletters|our newsletters|free newsletter)$");

    private NewsletterLines() {}

    static boolean containsAny(String text, String[] stems) {
        for (String stem : stems) {
            if (text.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Every prompt holds one of these; checking them first spares the patterns on ordinary paragraphs. */
    private static final String[] STEMS = {"subscri", "newsletter", "sign", "log", "regist", "inbox", "mail", "member",
        "free", "trial", "account", "donat", "support", "recaptcha", "privacy", "terms", "thank", "access", "unlock",
        "journalism", "alert", "notification", "briefing", "digest", "premium", "offer", "plus", "deliver", "abonn",
        "posteingang", "postfach", "download", "verpassen"};

    @Override
    public boolean drops(Line line) {
        String key = line.key();
        int words = line.words();
        if (words > 50 || !containsAny(key, STEMS)) {
            return false;
        }
        if (words <= 50 && SMALL_PRINT.matcher(key).find()) {
            return true;
        }
        if (words <= 40 && SUBSCRIPTION_WORD.matcher(key).find()) {
            boolean reader = READER.matcher(key).find();
            if (STRONG_START.matcher(key).find() && (words <= 12 && !line.isProse() || reader)
                    || WEAK_START.matcher(key).find() && reader) {
                return true;
            }
        }
        // A label ("The Morning Newsletter", "Thousands of paid subscribers"), not a sentence about one.
        return words <= 8 && !line.isProse() && (key.contains("newsletter") || key.contains("subscri")
                || key.contains("inbox"));
    }
}
