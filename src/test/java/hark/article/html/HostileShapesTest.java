package hark.article.html;

import static org.assertj.core.api.Assertions.assertThat;

import hark.Slow;
import hark.article.Article;
import hark.article.Block;
import hark.article.BlockKind;
import hark.article.ExtractionOptions;
import hark.source.Source;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Pages shaped to make tree work quadratic: nested 100,000 levels deep (the parser flattens what lies beyond its
 * depth limit into one parent with about 100,000 children), and 100,000 siblings of furniture beside one
 * paragraph. They took minutes before the pruning counted once per tree and removed once per parent; here the
 * content is asserted, and {@code bench/hostile-shapes.sh} prints the time.
 */
class HostileShapesTest {
    private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor(ExtractionOptions.DEFAULT);
    private static final int N = 100_000;

    @Test
    @Slow // about 5 s: a 2 MB page of 200,000 elements
    void aPageNestedAHundredThousandLevelsDeepIsReadToTheEnd() {
        StringBuilder html = new StringBuilder("<html><head><title>Deep</title></head><body>");
        for (int i = 0; i < N; i++) {
            html.append("<div><p>Paragraph ").append(i).append(" of the deep page.</p>");
        }
        html.append("</div>".repeat(N)).append("</body></html>");

        List<Block> blocks = extract(html.toString()).blocks();

        // The finder picks the element below the parser's depth limit that holds nearly all the text; the few
        // hundred paragraphs nested above it are left out (99,493 of 100,000 are read).
        assertThat(blocks.size()).isBetween(N * 99 / 100, N);
        int first = N - blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i).text().equals("Paragraph " + (first + i) + " of the deep page.")) {
                throw new AssertionError("block " + i + " is \"" + blocks.get(i).text() + "\"");
            }
        }
    }

    @Test
    @Slow // about 5 s: a 5 MB page
    void aHundredThousandShareBarsBesideTheArticleAreAllDropped() {
        StringBuilder html = new StringBuilder("<html><head><title>Wide</title></head><body><article>")
                .append("<p>The only paragraph a reader wants to hear, with enough words to count as prose.</p>");
        for (int i = 0; i < N; i++) {
            html.append("<div class=\"share\"><a href=\"/s/").append(i).append("\">Share</a></div>");
        }
        html.append("</article></body></html>");

        List<Block> blocks = extract(html.toString()).blocks();

        assertThat(blocks).extracting(Block::text)
                .containsExactly("The only paragraph a reader wants to hear, with enough words to count as prose.");
    }

    @Test
    @Slow // about 10 s: a 2.6 MB page; before the item texts were counted once, 8,000 levels took 80 s
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard for a busy machine, not a speed test
    void aListNestedAHundredThousandLevelsDeepIsReadItemByItem() {
        StringBuilder html = new StringBuilder("<html><head><title>Deep list</title></head><body><article>")
                .append("<p>A list follows, nested as deep as a page can nest it, and every item is read.</p>");
        for (int i = 0; i < N; i++) {
            html.append("<ul><li>Item ").append(i).append('.');
        }
        html.append("</li></ul>".repeat(N)).append("</article></body></html>");

        List<Block> blocks = extract(html.toString()).blocks();

        assertThat(blocks).hasSize(N + 1);
        assertThat(blocks.get(0).text()).startsWith("A list follows");
        for (int i = 0; i < N; i++) {
            Block item = blocks.get(i + 1);
            if (item.kind() != BlockKind.LIST_ITEM || !item.text().equals("Item " + i + ".")) {
                throw new AssertionError("block " + (i + 1) + " is " + item);
            }
        }
    }

    @Test
    @Slow // 100,000 siblings
    void removalsTakeOutOnlyWhatTheFilterChoseAndKeepTheRestInOrder() {
        StringBuilder html = new StringBuilder("<div id=root>");
        for (int i = 0; i < N; i++) {
            html.append(i % 3 == 0 ? "<b>" + i + "</b>" : "<i>" + i + "</i>");
        }
        Document doc = Jsoup.parse(html.append("</div>").toString());
        Element root = doc.getElementById("root");

        new Removals().filter(root, (node, depth) -> node instanceof Element e && e.nameIs("b")
                ? NodeFilter.FilterResult.REMOVE : NodeFilter.FilterResult.CONTINUE);

        assertThat(root.select("b")).isEmpty();
        assertThat(root.childNodeSize()).isEqualTo(N - (N + 2) / 3);
        assertThat(root.child(0).text()).isEqualTo("1");
        assertThat(root.child(root.childrenSize() - 1).text()).isEqualTo(String.valueOf(N - 2)); // N - 1 is a <b>
        for (Node child : root.childNodes()) {
            assertThat(child.parent()).isSameAs(root);
        }
    }

    @Test
    void whileFilteringThePreviousKeptSiblingSkipsWhatIsChosenForRemoval() {
        Document doc = Jsoup.parse("<div id=root>text <script>x</script><span>y</span></div>");
        Element root = doc.getElementById("root");
        Removals removals = new Removals();
        Node[] beforeSpan = new Node[1];
        removals.filter(root, (node, depth) -> {
            if (node instanceof Element e && e.nameIs("script")) {
                return NodeFilter.FilterResult.REMOVE;
            }
            if (node instanceof Element e && e.nameIs("span")) {
                beforeSpan[0] = removals.previousKept(e);
            }
            return NodeFilter.FilterResult.CONTINUE;
        });
        assertThat(beforeSpan[0]).hasToString("text ");
        assertThat(root.html()).isEqualTo("text <span>y</span>");
    }

    @Test
    void theCountsTakenOnceMatchWhatJsoupCountsElementByElement() {
        Document doc = Jsoup.parse("<body><div>One, two, three.<ul><li>a, b<li><p>c</p><img src=x>"
                + "<ol><li>d，e</ol></ul><p>f、g<img src=y></p></div><table><tr><td>h,i</table></body>");
        TextStats stats = TextStats.of(doc.body());
        for (Element e : doc.body().getAllElements()) {
            assertThat(stats.tagged(e, "p")).as("p in %s", e.normalName()).isEqualTo(e.getElementsByTag("p").size());
            assertThat(stats.tagged(e, "img")).isEqualTo(e.getElementsByTag("img").size());
            assertThat(stats.tagged(e, "li")).isEqualTo(e.getElementsByTag("li").size());
            assertThat(stats.commas(e)).as("commas in %s", e.normalName())
                    .isEqualTo(TextStats.commas(e.text()));
        }
    }

    @Test
    void theItemTextsCountedOnceAddUpAsEachItemAskedInTurn() {
        Document doc = Jsoup.parse("<body><div>Intro<ul><li>one <a href=/1>link</a><li>two<ol><li>three<li>four"
                + "<ul><li>five</ul></ol></ul><p>after</p></div></body>");
        TextStats stats = TextStats.of(doc.body());
        for (Element e : doc.body().getAllElements()) {
            int sum = e.getElementsByTag("li").stream().mapToInt(stats::text).sum();
            assertThat(stats.listText(e)).as("item text in %s", e.normalName()).isEqualTo(sum);
        }
    }

    private static Article extract(String html) {
        return EXTRACTOR.extract(new Source("hostile.html", html, Source.Format.HTML, ""));
    }
}
