package hark.article.html;

import hark.article.Block;
import hark.article.BlockKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The last pass over the written blocks: drops short blocks that are page furniture by their words ("Advertisement",
 * "Share this article", "Sign up for our newsletter", "Read more", photo credits, copyright lines), repeated
 * blocks, and the title when the page repeats it as the first block. Stateless, thread-safe.
 */
final class BlockFilter {
    private static final Pattern FURNITURE = Pattern.compile("(?i)^("
            + "advertisements?|advertising|anzeige|publicit[ée]|sponsored( content)?|ad|continue reading( below)?"
            + "|story continues below( advertisement)?|article continues below|scroll (down )?to continue.*"
            + "|share( this( article| story| post)?)?( on \\w+)?|share via.*|tweet|print|email|e-mail|whatsapp"
            + "|facebook|twitter|linkedin|pinterest|reddit|copy link|link copied|comments?|\\d+ comments?"
            + "|(sign up|subscribe)( now| today)?( for| to)? (our|the)?.*newsletters?.*|newsletter"
            + "|follow us( on .*)?|read more|read the full (story|article)|see also|related( articles| stories| content)?:?"
            + "|more (on|from|about) .{1,40}|recommended( for you)?|you (may|might) also like|most (read|popular|viewed)"
            + "|top stories|trending( now)?|loading\\W*|please enable javascript.*|(photo|image|picture|credit|source)s?: .*"
            + "|© .*|\\(c\\) .*|copyright .*|all rights reserved\\.?|getty images|reuters|ap photo.*|afp( via getty images)?"
            + "|(click|tap) (here|to) .*|back to top|skip to (main )?content|listen to (this|the) (article|story)"
            + "|\\d+ min(ute)?s? read|reading time.*|updated:? .{0,40}|published:? .{0,40}"
            + ")\\W*$");

    private BlockFilter() {}

    static List<Block> filter(List<Block> blocks, String title) {
        List<Block> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String titleKey = TitleCleaner.key(title);
        for (Block block : blocks) {
            String text = block.text();
            String key = TitleCleaner.key(text);
            if (key.isEmpty()) {
                continue;
            }
            if (text.length() <= 80 && FURNITURE.matcher(text).matches() && block.kind() != BlockKind.TABLE) {
                continue;
            }
            if (out.size() < 3 && !titleKey.isEmpty() && key.equals(titleKey) && block.kind() != BlockKind.TABLE) {
                continue;
            }
            if (text.length() > 20 && !seen.add(block.kind() + key)) {
                continue;
            }
            out.add(block);
        }
        return out;
    }

    static int textLength(List<Block> blocks) {
        int n = 0;
        for (Block b : blocks) {
            n += b.text().length();
        }
        return n;
    }

}
