package hark.script;

import hark.article.Article;
import hark.article.Block;
import hark.article.BlockKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an article into the script the player reads: first the announcement ("Title. By Author, Site."), then
 * each block as sentences. Splitting is done here; each sentence's spoken form is computed when first needed
 * (see {@link Sentence}), so the normalizer must be thread-safe.
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
            sentences.add(sentence(line));
        }
        return new Paragraph(BlockKind.HEADING, sentences);
    }

    private Paragraph paragraph(Block block) {
        List<Sentence> sentences = splitter.split(block.text()).stream()
                .map(this::sentence)
                .filter(s -> !s.isNormalized() || !s.spoken().isBlank())
                .toList();
        return new Paragraph(block.kind(), sentences);
    }

    /**
     * A sentence normalized only when first spoken, so a long article starts as fast as a short one. Without an
     * ASCII letter or digit ("* * *", "→", a line of another script) it may say nothing at all: that rare kind is
     * normalized now, so a silent one is dropped here as before; any other that turns out silent is skipped at
     * play time.
     */
    private Sentence sentence(String written) {
        if (hasAsciiLetterOrDigit(written)) {
            return Sentence.lazy(written, normalizer);
        }
        return new Sentence(written, normalizer.speakable(written));
    }

    private static boolean hasAsciiLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
