package hark.cli;

import hark.script.Paragraph;
import hark.script.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "sentences", mixinStandardHelpOptions = true,
        description = "Print the article's sentences, one per line: what \u2192 and \u2190 move by.")
final class SentencesCommand implements Callable<Integer> {
    @ParentCommand
    ListenCommand parent;

    @Mixin
    SpeechInput input;

    @Override
    public Integer call() {
        Pipeline pipeline = input.pipeline(parent.hark.in, parent.hark.environment, parent.debug ? parent.hark.err : null);
        List<String> sentences = new ArrayList<>();
        if (input.cleaned()) {
            for (Paragraph p : pipeline.script(input.article(pipeline, parent.hark.waiting())).paragraphs()) {
                p.sentences().stream().map(Sentence::text).forEach(sentences::add);
            }
        } else {
            sentences.addAll(pipeline.splitter().split(input.rawText(pipeline, parent.hark.waiting())));
        }
        for (String sentence : sentences) {
            parent.hark.out.println(sentence.replace('\n', ' '));
        }
        return 0;
    }
}
