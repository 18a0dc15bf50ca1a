package hark.cli;

import hark.article.ExtractionOptions;
import hark.screen.TerminalText;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "spoken", mixinStandardHelpOptions = true,
        description = "Print the text exactly as the synthesizer will receive it, one sentence per line.")
final class SpokenCommand implements Callable<Integer> {
    @ParentCommand
    ListenCommand parent;

    @Mixin
    PlainInput input;

    @Option(names = "--lines", description = "Make each input line exactly one output line, without splitting.")
    boolean lines;

    @Override
    public Integer call() {
        String text = input.read(parent.hark.in);
        Pipeline pipeline = new Pipeline(parent.hark.in, ExtractionOptions.DEFAULT);
        List<String> units = lines ? text.lines().toList() : pipeline.splitter().split(text);
        for (String unit : units) {
            String spoken = pipeline.normalizer().speakable(unit).replace('\n', ' ');
            parent.hark.out.println(TerminalText.sanitize(spoken));
        }
        return 0;
    }
}
