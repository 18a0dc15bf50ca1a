package hark.cli;

import java.util.Optional;

/** The launcher's entry point; all the work is in {@link Hark#run}, which tests call with their own streams. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // The standard streams are taken first, as they were before anything started early: FreeTTS's capture
        // (FreeTtsMessages) wraps System.out and System.err the first time it runs.
        Hark hark = Hark.standard();
        System.exit(startEarly(hark, args).run(args));
    }

    /**
     * First, before picocli parses anything (a few hundred ms): the voice, the longest load, and the article, when
     * the arguments look like listening to one (issue 12).
     */
    static Hark startEarly(Hark hark, String[] args) {
        Optional<StartGuess> guess = StartGuess.of(args);
        return hark.withEarlyStart(guess.map(g -> EarlyVoice.start(g, hark.environment)).orElse(EarlyVoice.none()),
                guess.map(g -> EarlyArticle.start(g, hark.environment)).orElse(EarlyArticle.none()));
    }
}
