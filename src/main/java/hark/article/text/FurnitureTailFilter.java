package hark.article.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the page at the first piece of furniture that only ever follows an article: the comment form ("Your email
 * address will not be published. Required fields are marked *", an unticked "[ ]" box), the links to the previous
 * and next post, the licence note of a blog ("licensed under a Creative Commons ..."), the author's own "about
 * me" ("Hallo, ich bin Anna, ...") and the writer's one-line biography ("Mark di Stefano is a breaking news reporter
 * for BuzzFeed News"). Unlike {@link EndMarkerFilter}'s headings these are whole sentences, so the
 * {@link BodySpanFilter} counts them as prose and keeps them. As there, the cut is made only once most of the prose
 * lies above, so a story that quotes such a sentence early on is not cut short. Stateless.
 */
public final class FurnitureTailFilter implements LineFilter {
    public static final FurnitureTailFilter INSTANCE = new FurnitureTailFilter();
    static final Pattern FURNITURE = Pattern.compile("^(?:"
            // previous / next post links, alone or run into the linked headline
            + "(?:previous|next|older|newer) (?:post|article|story|entry)|(?:vorheriger|nächster|älterer|neuerer) "
            + "(?:beitrag|artikel|eintrag)|article (?:suivant|précédent)|(?:artículo|entrada) (?:anterior|siguiente)"
            + "|(?:siguiente|próximo) (?:artículo|entrada)|articolo (?:precedente|successivo)"
            // the author's own introduction
            + "|(?:hallo|hi|hey|servus|moin),? (?:ich bin|i'm|i am)\\b|ich bin \\p{Lu}\\S+,|über (?:den autor|die autorin):"
            + ")|(?:"
            // comment forms, anywhere in the line
            + "your email address will not be published|required fields are marked|(?:deine|ihre) e-mail-adresse wird"
            + " nicht veröffentlicht|erforderliche felder sind|votre adresse (?:e-mail|de messagerie) ne sera pas publiée"
            + "|tu dirección de correo electrónico no será publicada|il tuo indirizzo email non sarà pubblicato"
            + "|(?:antworten|cancel reply|annuler la réponse|cancelar respuesta)$"
            + "|notify me of (?:new|follow-up)|save my name,? email,? and website|you are commenting using your"
            + "|(?:hinterlasse|schreibe) (?:jetzt )?einen kommentar|du kommentierst mit deinem|sie kommentieren mit ihrem"
            + "|(?:informiere|benachrichtige) mich über (?:neue|nachfolgende)|e-mail-adresse wird nicht veröffentlicht"
            + "|votre adresse (?:e-mail|électronique|de messagerie)|vous commentez à l'aide|deja un comentario"
            + "|il tuo indirizzo email non sarà pubblicato|twój adres e-mail nie zostanie opublikowany"
            // Drupal's comment form: its name field and its text-format tips
            + "|your name \\*|lines and paragraphs break automatically|web page addresses and e-mail addresses turn into"
            + " links automatically|more information about text formats|zeilenumbrüche und absätze werden automatisch"
            // licence notes of a whole site
            + "|(?:content|texts?|texte|inhalte) (?:on this (?:site|website|blog) )?(?:is|are|is licensed|are licensed|stehen|steht)"
            + " (?:licensed |available |published )?under (?:a|the|einer) creative commons"
            + "|(?:content|text) (?:is )?available under (?:a |the )?creative commons|portions of this content are ©"
            + ")");

    /** The forms among the furniture: what follows them is the readers' thread, not the story. */
    static final Pattern COMMENT_FORM = Pattern.compile("your email address will not be published|required fields are"
            + " marked|(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht|votre adresse (?:e-mail|de messagerie) ne"
            + " sera pas publiée|tu dirección de correo electrónico no será publicada|il tuo indirizzo email non sarà"
            + " pubblicato|twój adres e-mail nie zostanie opublikowany|lines and paragraphs break automatically"
            + "|web page addresses and e-mail addresses turn into links automatically"
            // a comment thread's sign-in prompt
            + "|^(?:please )?(?:sign|log) ?in to (?:post |leave |write |add )?(?:a |your )?(?:comment|reply)"
            + "|^you must be logged in to (?:post|leave) a comment|^to (?:comment|post a comment),? please (?:sign|log) ?in"
            + "|^(?:zum kommentieren (?:bitte )?(?:anmelden|einloggen)|connectez-vous pour (?:commenter|réagir)"
            + "|inicia sesión para comentar)");
    /** The writer's one-line biography: "Will Knight is a senior writer for WIRED, covering ...". */
    private static final Pattern BIOGRAPHY = Pattern.compile("^(?:[\\p{L}.'-]+ ){1,4}is an? (?:[\\p{L}-]+ ){0,4}"
            + "(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer) (?:for|at|with) ");
    /** A biography is a line or two; a longer paragraph that starts like one is the story's own. */
    private static final int BIOGRAPHY_WORDS = 50;
    /** Prose above a comment form that makes it the story's end. */
    private static final int STORY_WORDS = 150;

    private FurnitureTailFilter() {}

    @Override
    public List<Line> apply(List<Line> lines) {
        int total = 0;
        for (Line line : lines) {
            total += proseWords(line);
        }
        int above = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBody() && above > 0 && above * 2 > total && isFurniture(line)) {
                return lines.subList(0, i);
            }
            // A comment form never sits inside a story, so a story's worth of prose above it is enough, however
            // long the comments below it are.
            if (line.isBody() && above >= STORY_WORDS && COMMENT_FORM.matcher(line.key()).find()) {
                return lines.subList(0, i);
            }
            above += proseWords(line);
        }
        return lines;
    }

    static boolean isFurniture(Line line) {
        return line.text().startsWith("[ ]") || FURNITURE.matcher(line.key()).find()
                || line.words() <= BIOGRAPHY_WORDS && BIOGRAPHY.matcher(line.key()).find();
    }

    private static int proseWords(Line line) {
        return line.isBody() && line.isProse() ? line.words() : 0;
    }
}
