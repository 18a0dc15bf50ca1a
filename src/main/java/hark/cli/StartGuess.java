package hark.cli;

import java.util.Optional;
import java.util.Set;

/**
 * What the command line most likely asks, read from the raw arguments before picocli parses them, so that
 * start-up can begin the slow steps at once ({@link EarlyVoice}, {@link EarlyArticle}). A guess, not a parse: the
 * parsed command takes an early result only when it is the one it would have made itself.
 *
 * @param article the ARTICLE argument as given
 * @param voice the value of {@code --voice}, if given
 * @param captions whether {@code --captions} is given
 */
record StartGuess(String article, Optional<String> voice, boolean captions) {
    /** The options of the listening command that take a value, so that the value is not taken for the article. */
    private static final Set<String> WITH_VALUE = Set.of("--speed", "-o", "--output", "--voice", "--sentence-gap");
    /**
     * Options after which hark does not listen (help, the version), and --debug, whose log of FreeTTS's messages
     * and of skipped normalization steps opens after the guess.
     */
    private static final Set<String> NOT_LISTENING = Set.of("-h", "--help", "-V", "--version", "--debug");

    /**
     * The guess when the arguments listen to (or render) an article: a first word that is an article, not a
     * command or a mistyped one, and no option that stops before listening; otherwise empty.
     */
    static Optional<StartGuess> of(String[] args) {
        String voice = null;
        String article = null;
        boolean captions = false;
        boolean options = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (options && arg.equals("--")) {
                options = false;
            } else if (options && NOT_LISTENING.contains(arg)) {
                return Optional.empty();
            } else if (options && WITH_VALUE.contains(arg)) {
                if (++i < args.length && arg.equals("--voice")) {
                    voice = args[i];
                }
            } else if (options && arg.startsWith("--voice=")) {
                voice = arg.substring("--voice=".length());
            } else if (options && arg.equals("--captions")) {
                captions = true;
            } else if (options && arg.startsWith("-") && !arg.equals("-")) {
                // another option; an unknown one fails before anything early is used, which costs only the guess
            } else if (article == null) {
                article = arg;
                if (UnknownCommand.COMMANDS.contains(arg) || UnknownCommand.message(arg, false).isPresent()) {
                    return Optional.empty();
                }
            }
        }
        return article == null ? Optional.empty()
                : Optional.of(new StartGuess(article, Optional.ofNullable(voice), captions));
    }
}
