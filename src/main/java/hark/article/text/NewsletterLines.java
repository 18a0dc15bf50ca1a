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
    private static final Pattern PROMPT_START = Pattern.compile(
            "^(?:sign up|signup|subscribe|get|join|enter your e-?mail|already (?:a subscriber|a member|have an account"
            + "|registered)|support|become a (?:member|subscriber|supporter|patron)|don't miss|never miss|want|receive"
            + "|register|log in|login|sign in|unlock|try|start (?:your|a) (?:free )?trial|stay (?:informed|up to date"
            + "|in the know|ahead|updated|connected)|for (?:more|the latest)|like this (?:article|story)|enjoying"
            + "|love|thank you for reading|thanks for reading|read more stories like this|you've read|you have read"
            + "|this (?:article|story|content) is (?:for|available to|exclusive to) (?:subscribers|members)"
            + "|subscribers? only|exclusive for subscribers|continue reading with|keep reading with|to continue reading"
            + "|create (?:a |your )?(?:free )?account|make a (?:donation|contribution)|donate)\\b");
    private static final Pattern SUBSCRIPTION_WORD = Pattern.compile(
            "newsletter|subscri|inbox|e-?mail|sign(?:ing)? ?up|member|trial|account|journalism|unlimited|access"
            + "|briefing|delivered|alerts|notifications|digest|log ?in|sign in|register|donat|support|free articles?"
            + "|paywall|premium|plus|offer");
    private static final Pattern SMALL_PRINT = Pattern.compile(
            "^by (?:signing up|subscribing|clicking|registering|entering your e-?mail|continuing|submitting)"
            + "|protected by recaptcha|thank you for (?:signing up|subscribing|registering)"
            + "|(?:privacy (?:policy|notice)|terms of (?:use|service)).{0,80}\\b(?:agree|apply|consent)"
            + "|\\b(?:\\d+|one|two|three|four|five) free (?:articles?|stories) (?:left|remaining|this month)"
            + "|^(?:subscribe|sign up|log in|sign in|register|subscribe now|sign up now|join now|log out|sign out"
            + "|already a subscriber|newsletter|newsletters|our newsletters|free newsletter)$");

    private NewsletterLines() {}

    @Override
    public boolean drops(Line line) {
        String key = line.key();
        int words = line.words();
        if (words <= 50 && SMALL_PRINT.matcher(key).find()) {
            return true;
        }
        if (words <= 40 && PROMPT_START.matcher(key).find() && SUBSCRIPTION_WORD.matcher(key).find()) {
            return true;
        }
        // A label ("The Morning Newsletter", "Thousands of paid subscribers"), not a sentence about one.
        return words <= 8 && !line.isProse() && (key.contains("newsletter") || key.contains("subscri"));
    }
}
