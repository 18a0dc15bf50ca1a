package hark.article.html;

import hark.HarkException;
import hark.article.Article;
import hark.article.ArticleExtractor;
import hark.article.Block;
import hark.article.BlockKind;
import hark.article.ExtractionOptions;
import hark.source.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Keeps the article of an HTML page and drops the rest. The whole pipeline reads top to bottom in
 * {@link #extract}: metadata first (the cleaning removes what it reads), then {@link PageCleaner},
 * {@link ContentFinder}, {@link ContentPruner}, {@link BlockWriter} and {@link BlockFilter}. When that finds little
 * text it tries again trusting tags but not class names, and a JSON-LD {@code articleBody} stands in only when the page
 * shows much less of it than it declares. Thread-safe: each call works on its own parse.
 *
 * <p>{@code new HtmlArticleExtractor(ExtractionOptions.DEFAULT).extract(source)}
 */
public final class HtmlArticleExtractor implements ArticleExtractor {
    /** Below this many characters an attempt is thought to have missed the article. */
    private static final int ENOUGH_TEXT = 250;

    private final ExtractionOptions options;

    public HtmlArticleExtractor(ExtractionOptions options) {
        this.options = options == null ? ExtractionOptions.DEFAULT : options;
    }

    @Override
    public Article extract(Source source) {
        Document doc = parse(source);
        StructuredData data = StructuredData.of(doc);
        MetadataReader.PageInfo info = MetadataReader.read(doc, data, source.baseUri());
        List<Block> blocks = attempt(doc, true, info.title());
        if (BlockFilter.textLength(blocks) < ENOUGH_TEXT) {
            List<Block> retry = attempt(parse(source), false, info.title());
            if (BlockFilter.textLength(retry) > BlockFilter.textLength(blocks)) {
                blocks = retry;
            }
        }
        blocks = checkedAgainst(data.body(), blocks);
        if (blocks.isEmpty()) {
            throw new HarkException(HarkException.INPUT, source.origin()
                    + ": no article text found; the page may build its text with JavaScript. Save the page from"
                    + " a browser, or copy its text into a file, and run hark on that");
        }
        return new Article(info.title(), info.metadata(), blocks);
    }

    private static Document parse(Source source) {
        Document doc = Jsoup.parse(source.text(), source.baseUri());
        PageControls.space(doc);
        return doc;
    }

    private List<Block> attempt(Document doc, boolean trustNames, String title) {
        new PageCleaner(trustNames, options.captions()).clean(doc);
        Element body = doc.body();
        Element preferred = null;
        List<Element> marked = body.select("[itemprop=articleBody]");
        if (marked.size() == 1 && marked.get(0).text().length() >= ENOUGH_TEXT) {
            preferred = marked.get(0);
        }
        List<Element> roots = ContentFinder.find(body, preferred);
        Element lead = Standfirst.find(body, roots);
        if (trustNames) {
            roots.forEach(ContentPruner::prune);
        }
        List<Block> blocks = new ArrayList<>();
        if (lead != null) {
            for (Block b : BlockWriter.write(List.of(lead), false)) {
                blocks.add(new Block(BlockKind.STANDFIRST, b.text()));
            }
        }
        blocks.addAll(BlockWriter.write(roots, options.captions()));
        return BlockFilter.filter(blocks, title, options.captions());
    }

    /**
     * The structured body replaces the extracted blocks only when the page text covers under half of its words and
     * it is much longer: pages that render their text with JavaScript, or hide it behind a teaser.
     */
    private static List<Block> checkedAgainst(String declared, List<Block> blocks) {
        if (declared.length() < ENOUGH_TEXT) {
            return blocks;
        }
        Set<String> found = new HashSet<>();
        for (Block b : blocks) {
            found.addAll(List.of(TitleCleaner.key(b.text()).split(" ")));
        }
        String[] words = TitleCleaner.key(declared).split(" ");
        int covered = 0;
        for (String w : words) {
            if (found.contains(w)) {
                covered++;
            }
        }
        if (covered >= 0.5 * words.length || declared.length() < 1.5 * BlockFilter.textLength(blocks)) {
            return blocks;
        }
        List<Block> out = new ArrayList<>();
        for (String paragraph : declared.split("\\s*\n\\s*")) {
            String text = paragraph.replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                out.add(Block.paragraph(text));
            }
        }
        return out;
    }
}
