package hark.article.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops share bars and follow prompts: "Share", "Share this article", "Facebook Twitter Email", "Copy link",
 * "Follow us on Instagram", "Follow SCMP on Google News", "24 comments". They are buttons, not text. Stateless.
 */
public final class ShareLines implements LineRule {
    public static final ShareLines INSTANCE = new ShareLines();
    private static final Set<String> BUTTONS = Set.of("share", "shares", "tweet", "facebook", "twitter", "x",
            "linkedin", "whatsapp", "telegram", "reddit", "pinterest", "email", "e-mail", "mail", "print", "copy",
            "link", "messenger", "threads", "bluesky", "mastodon", "instagram", "youtube", "tiktok", "flipboard",
            "sms", "comment", "comments", "save", "saved", "bookmark", "gift", "more", "url", "copy link", "the",
            "this", "article", "story", "on", "via", "to", "page", "icon", "button", "google", "news");
    private static final Pattern SPLIT = Pattern.compile("[\\s|/·•,]+");
    private static final Pattern PROMPT = Pattern.compile(String.join("|",
            "^(?:share|tweet|email|e-mail|print|save|bookmark|gift|copy|send|post)\\b(?: this| the| it| to| on"
                    + "| via| for| article| story| page| link| with| a| friend| later| options)*"
                    + "(?: (?:on|via|to|by) \\w+(?: \\w+)?)?$",
            "^(?:follow|like|join|find|connect with|subscribe to|add)\\b.{0,60}\\b(?:on|at|via|in) (?:facebook|twitter"
                    + "|x|instagram|linkedin|youtube|tiktok|google news|telegram|whatsapp|threads|bluesky|flipboard"
                    + "|mastodon|our app|the app)\\b",
            "^follow(?: us| me| this (?:author|topic|writer)| topics?| the author| author| @\\S+)?$",
            "^\\d+ (?:comments?|shares?|replies|responses|reactions|likes|restacks|claps|views)$",
            "^(?:view|show|read|leave|add|post|see|join|load) (?:all |the |a |more )?(?:\\d+ )?(?:comments?|replies"
                    + "|conversation|discussion)",
            "^comments? ?\\(?\\d*\\)?$|^join (?:our|us|the)\\b.{0,30}\\b(?:whatsapp|telegram|facebook|discord"
                    + "|community|channel|group|conversation)\\b",
            "^(?:like this|like loading|pin (?:it|this)(?: for later)?|reblog|share this)\\b",
            "^(?:link copied|copied to clipboard|copy article link|share full article|gift (?:this )?article)",
            // the same buttons in the other languages listeners paste: share, print, save, learn more
            "^(?:mit freunden teilen|(?:jetzt |artikel |beitrag )?teilen|twittern|(?:rezept |artikel |seite )?drucken"
                    + "|per e-?mail (?:senden|versenden|teilen)|link kopieren|merken|mehr erfahren|externer inhalt"
                    + "|compartir|imprimir|informate más|infórmate más|leer más|saiba mais|partager|imprimer"
                    + "|en savoir plus|condividi|stampa|scopri di più|udostępnij|drukuj|dowiedz się więcej"
                    + "|learn more|print recipe|jump to recipe|pin recipe|rate this recipe)$"));

    private ShareLines() {}

    /** A text dump glues a bar's buttons: "Copy LinkShare on FacebookShare on Twitter". */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

    @Override
    public boolean drops(Line line) {
        if (line.words() > 14 || line.isProse() && line.words() > 4) {
            return false;
        }
        if (isBar(line.key())) {
            return true;
        }
        String unglued = GLUED.matcher(line.text()).replaceAll(" ");
        return !unglued.equals(line.text()) && isBar(TextShape.key(unglued));
    }

    private static boolean isBar(String key) {
        if (PROMPT.matcher(key).find()) {
            return true;
        }
        boolean onlyButtons = true;
        boolean anyNetwork = false;
        for (String token : SPLIT.split(key)) {
            if (token.isEmpty()) {
                continue;
            }
            onlyButtons &= BUTTONS.contains(token);
            anyNetwork |= !Set.of("the", "this", "article", "story", "on", "via", "to", "page", "more").contains(token);
        }
        return onlyButtons && anyNetwork;
    }
}
