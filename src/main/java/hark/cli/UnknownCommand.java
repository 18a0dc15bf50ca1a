package hark.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a mistyped command ({@code hark textt x}) from an article: picocli takes the first word for the ARTICLE,
 * so without this the user hears "Unmatched argument at index 1" or "textt: no such file".
 */
final class UnknownCommand {
    /** The subcommands, in the order --help lists them. */
    static final List<String> COMMANDS = List.of("text", "sentences", "spoken", "voices", "config", "help");
    private static final int MAX_TYPO = 2;

    private UnknownCommand() {}

    /**
     * The one-line message for a word in the ARTICLE's place that is not an article.
     *
     * @param followedByMore true when more words follow it, as after a command; then any word that is not a file
     *     or an address counts, otherwise only one a typo away from a command
     */
    static Optional<String> message(String word, boolean followedByMore) {
        if (word == null || word.equals("-") || word.contains("://") || exists(word)) {
            return Optional.empty();
        }
        Optional<String> near = nearest(word);
        if (near.isEmpty() && !followedByMore) {
            return Optional.empty();
        }
        String commands = "the commands are " + String.join(", ", COMMANDS) + " (see hark --help)";
        return Optional.of("unknown command " + word + near.map(c -> "; did you mean `hark " + c + "`? T")
                .orElse("; t") + commands.substring(1));
    }

    private static boolean exists(String word) {
        try {
            return Files.exists(Path.of(word));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    static Optional<String> nearest(String word) {
        String best = null;
        int bestDistance = MAX_TYPO + 1;
        for (String command : COMMANDS) {
            int d = distance(word.toLowerCase(Locale.ROOT), command);
            if (d < bestDistance) {
                best = command;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance; the words are short, so the plain two-row table is enough. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
