package hark.cli;

import hark.article.ExtractionOptions;
import hark.screen.TerminalText;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "spoken", mixinStandardHelpOptions = true,
        description = "Print the text exactly as the synthesizer will receive it, one sentence per line.")
final class SpokenCommand implements Callable<Integer> {
    @ParentCommand
    ListenCommand parent;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A text file, or - (the default) for stdin.")
    String file;

    @Option(names = "--lines", description = "Make each input line exactly one output line, without splitting.")
    boolean lines;

    @Override
    public Integer call() {
        String text = PlainInput.read(file, parent.hark.in);
        Pipeline pipeline = new Pipeline(parent.hark.in, ExtractionOptions.DEFAULT);
        List<String> units = lines ? text.lines().toList() : pipeline.splitter().split(text);
        for (String unit : units) {
            String spoken = pipeline.normalizer().speakable(unit).replace('\n', ' ');
            parent.hark.out.println(TerminalText.sanitize(spoken));
        }
        return 0;
    }
}
