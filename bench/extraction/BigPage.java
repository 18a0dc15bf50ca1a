import hark.article.Article;
import hark.article.ExtractionOptions;
import hark.article.html.HtmlArticleExtractor;
import hark.source.Source;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Cost of one large page: repeats a real page's body until the page is SIZE bytes (default 5 MB), then times the
 * extractor on it, cold and warm. Usage: java -cp CLASSPATH BigPage.java PAGE.html.gz [SIZE]
 */
public final class BigPage {
    public static void main(String[] args) throws Exception {
        String html;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])))) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000;
        int open = html.indexOf("<body");
        int close = html.lastIndexOf("</body>");
        String body = html.substring(html.indexOf('>', open) + 1, close < 0 ? html.length() : close);
        StringBuilder page = new StringBuilder(html.substring(0, html.indexOf('>', open) + 1));
        while (page.length() < size) {
            page.append(body);
        }
        page.append("</body></html>");
        Source source = new Source("big.html", page.toString(), Source.Format.HTML, "");
        HtmlArticleExtractor extractor = new HtmlArticleExtractor(ExtractionOptions.DEFAULT);
        var mx = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            long c0 = mx.getCurrentThreadCpuTime();
            Article article = extractor.extract(source);
            System.out.printf("run %d: %.1f MB page, %d blocks, wall %d ms, cpu %d ms%n", run, page.length() / 1e6,
                    article.blocks().size(), (System.nanoTime() - t0) / 1_000_000,
                    (mx.getCurrentThreadCpuTime() - c0) / 1_000_000);
        }
    }
}
