package hark.cli;

import hark.article.ExtractionOptions;
import hark.screen.TerminalText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "sentences", mixinStandardHelpOptions = true,
        description = "Split plain text into sentences, one per line, with no cleaning.")
final class SentencesCommand implements Callable<Integer> {
    @ParentCommand
    ListenCommand parent;

    @Mixin
    PlainInput input;

    @Override
    public Integer call() {
        String text = input.read(parent.hark.in);
        Pipeline pipeline = new Pipeline(parent.hark.in, ExtractionOptions.DEFAULT);
        for (String sentence : pipeline.splitter().split(text)) {
            parent.hark.out.println(TerminalText.sanitize(sentence.replace('\n', ' ')));
        }
        return 0;
    }
}
