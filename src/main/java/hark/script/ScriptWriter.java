package hark.script;

import hark.article.Article;
import hark.article.Block;
import hark.article.BlockKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an article into the script the player reads: first the announcement ("Title. By Author, Site."), then
 * each block as sentences.
 */
public final class ScriptWriter {
    private final SentenceSplitter splitter;
    private final SpeechNormalizer normalizer;

    public ScriptWriter(SentenceSplitter splitter, SpeechNormalizer normalizer) {
        this.splitter = splitter;
        this.normalizer = normalizer;
    }

    public Script write(Article article) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Paragraph announcement = announcement(article);
        if (!announcement.sentences().isEmpty()) {
            paragraphs.add(announcement);
        }
        for (Block block : article.blocks()) {
            Paragraph p = paragraph(block);
            if (!p.sentences().isEmpty()) {
                paragraphs.add(p);
            }
        }
        return new Script(article.title(), paragraphs);
    }

    /** The title, then who wrote it and where, as a listener hears at the start of a podcast or broadcast. */
    private Paragraph announcement(Article article) {
        List<Sentence> sentences = new ArrayList<>(paragraph(new Block(BlockKind.HEADING, article.title())).sentences());
        String byline = article.metadata().byline().strip();
        String site = article.metadata().site().strip();
        List<String> credit = new ArrayList<>();
        if (!byline.isEmpty()) {
            credit.add("By " + byline);
        }
        if (!site.isEmpty() && !site.equalsIgnoreCase(byline)) {
            credit.add(site);
        }
        if (!credit.isEmpty()) {
            String line = String.join(", ", credit) + ".";
            sentences.add(new Sentence(line, normalizer.speakable(line)));
        }
        return new Paragraph(BlockKind.HEADING, sentences);
    }

    private Paragraph paragraph(Block block) {
        List<Sentence> sentences = splitter.split(block.text()).stream()
                .map(s -> new Sentence(s, normalizer.speakable(s)))
                .filter(s -> !s.spoken().isBlank())
                .toList();
        return new Paragraph(block.kind(), sentences);
    }
}
