package hark.script;

import hark.article.Article;
import hark.article.Block;
import hark.article.BlockKind;
import java.util.ArrayList;
import java.util.List;

/** Turns an article into the script the player reads: the title first, then each block as sentences. */
public final class ScriptWriter {
    private final SentenceSplitter splitter;
    private final SpeechNormalizer normalizer;

    public ScriptWriter(SentenceSplitter splitter, SpeechNormalizer normalizer) {
        this.splitter = splitter;
        this.normalizer = normalizer;
    }

    public Script write(Article article) {
        List<Paragraph> paragraphs = new ArrayList<>();
        if (!article.title().isBlank()) {
            paragraphs.add(paragraph(new Block(BlockKind.HEADING, article.title())));
        }
        for (Block block : article.blocks()) {
            Paragraph p = paragraph(block);
            if (!p.sentences().isEmpty()) {
                paragraphs.add(p);
            }
        }
        return new Script(article.title(), paragraphs);
    }

    private Paragraph paragraph(Block block) {
        List<Sentence> sentences = splitter.split(block.text()).stream()
                .map(s -> new Sentence(s, normalizer.speakable(s)))
                .filter(s -> !s.spoken().isBlank())
                .toList();
        return new Paragraph(block.kind(), sentences);
    }
}
