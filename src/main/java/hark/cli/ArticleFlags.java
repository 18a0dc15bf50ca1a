package hark.cli;

import picocli.CommandLine.Option;

/** Flags every command that reads an article takes; a picocli mixin so they are declared once. */
final class ArticleFlags {
    @Option(names = "--captions", description = "Also read image captions and alt text.")
    boolean captions;
}
