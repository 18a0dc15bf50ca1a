package hark.cli;

import hark.article.Article;
import hark.article.ExtractionOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Print the cleaned article: the title, a blank line, then paragraphs separated by blank lines.")
final class TextCommand implements Callable<Integer> {
    @ParentCommand
    ListenCommand parent;

    @Parameters(paramLabel = "ARTICLE", description = "An http(s) URL, an HTML or text file, or - for stdin.")
    String article;

    @Option(names = "--json", description = "Print JSON with the title, byline, site, date, language and blocks.")
    boolean json;

    @Mixin
    ArticleFlags flags;

    @Override
    public Integer call() {
        Pipeline pipeline = new Pipeline(parent.hark.in, new ExtractionOptions(flags.captions),
                parent.hark.environment);
        Article a = pipeline.article(parent.hark.waiting().source(pipeline, article));
        parent.hark.out.println(json ? ArticleJson.of(a) : a.toPlainText());
        return 0;
    }
}
