package hark.article.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the placeholders a text-mode copy leaves where the page had pictures and ad slots: a line made only of
 * bracketed labels, such as an image's file name or alt text ({@code [HighDemand]}, {@code [00xi-olymp]}); an ad
 * widget's words each wrapped as inserted text, with its advertiser's name after them
 * ({@code [INS:Slow:INS] [INS:Computer?:INS] ... Xtra-PC}); or a picture's bare file name ({@code bandb2.jpg}). A
 * bracketed editor's note is a sentence, longer than any label, and stays. Stateless; use {@link #INSTANCE}.
 */
public final class ImagePlaceholderLines implements LineRule {
    public static final ImagePlaceholderLines INSTANCE = new ImagePlaceholderLines();
    /** An image label or file name is a few words; "[Editor's note: this story was updated ...]" is longer. */
    private static final int LABEL_WORDS = 4;
    private static final Pattern LABEL = Pattern.compile("\\[([^\\[\\]]{1,80})\\]");
    private static final Pattern INSERTED = Pattern.compile("INS:.*:INS");
    /** A picture's file name on a line of its own, where the copy had the picture: "hotel-door-getty.jpg". */
    private static final Pattern FILE_NAME = Pattern.compile(
            "[\\w%+.,()~-]{1,120}\\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)", Pattern.CASE_INSENSITIVE);

    /** An ad widget's headline copied word by word as inserted text; its advertiser's name may follow. */
    private static final int AD_LABELS = 3;

    private ImagePlaceholderLines() {}

    private static int insertedLabels(String text) {
        int count = 0;
        for (int at = text.indexOf("[INS:"); at >= 0; at = text.indexOf("[INS:", at + 5)) {
            count++;
        }
        return count;
    }

    @Override
    public boolean drops(Line line) {
        String text = line.text().strip();
        if (FILE_NAME.matcher(text).matches() || insertedLabels(text) >= AD_LABELS) {
            return true;
        }
        if (text.isEmpty() || text.charAt(0) != '[' || text.charAt(text.length() - 1) != ']') {
            return false;
        }
        Matcher m = LABEL.matcher(text);
        int end = 0;
        while (m.find()) {
            if (!text.substring(end, m.start()).isBlank()) {
                return false;
            }
            String label = m.group(1);
            if (!INSERTED.matcher(label).matches() && TextShape.words(label) > LABEL_WORDS) {
                return false;
            }
            end = m.end();
        }
        return end == text.length();
    }
}
