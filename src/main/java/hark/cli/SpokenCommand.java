package hark.cli;

import hark.article.Article;
import hark.script.Paragraph;
import hark.script.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "spoken", mixinStandardHelpOptions = true,
        description = "Print the text exactly as the synthesizer will receive it, one sentence per line.")
final class SpokenCommand implements Callable<Integer> {
    @ParentCommand
    ListenCommand parent;

    @Mixin
    SpeechInput input;

    @Option(names = "--lines", description = "Make each input line exactly one output line, without splitting "
            + "(for a cleaned ARTICLE: each line `hark text` prints).")
    boolean lines;

    @Override
    public Integer call() {
        Pipeline pipeline = input.pipeline(parent.hark.in, parent.hark.environment, parent.debug ? parent.hark.err : null);
        List<String> spoken = new ArrayList<>();
        if (input.cleaned()) {
            Article article = input.article(pipeline, parent.hark.waiting());
            if (lines) {
                article.toPlainText().lines().map(l -> pipeline.normalizer().speakable(l)).forEach(spoken::add);
            } else {
                // The script, as the player speaks it: the announcement first, then each paragraph; a sentence
                // with nothing to say is skipped in playback, so it is left out here too.
                for (Paragraph p : pipeline.script(article).paragraphs()) {
                    p.sentences().stream().map(Sentence::spoken).filter(s -> !s.isBlank()).forEach(spoken::add);
                }
            }
        } else {
            String text = input.rawText(pipeline, parent.hark.waiting());
            List<String> units = lines ? text.lines().toList() : pipeline.splitter().split(text);
            units.stream().map(u -> pipeline.normalizer().speakable(u)).forEach(spoken::add);
        }
        for (String line : spoken) {
            parent.hark.out.println(line.replace('\n', ' '));
        }
        return 0;
    }
}
