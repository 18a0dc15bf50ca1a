package hark.cli;

import java.util.Optional;

/** The launcher's entry point; all the work is in {@link Hark#run}, which tests call with their own streams. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // First, before picocli parses anything (a few hundred ms): the voice, the longest load, and the article.
        Optional<StartGuess> guess = StartGuess.of(args);
        EarlyVoice voice = guess.map(EarlyVoice::start).orElse(EarlyVoice.none());
        EarlyArticle article = guess.map(EarlyArticle::start).orElse(EarlyArticle.none());
        System.exit(Hark.standard().withEarlyStart(voice, article).run(args));
    }
}
