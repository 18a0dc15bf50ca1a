import hark.article.Article;
import hark.article.ArticleExtractor;
import hark.extraction.Extraction;
import hark.article.ExtractionOptions;
import hark.article.html.HtmlArticleExtractor;
import hark.TerminalText;
import hark.source.Source;
import hark.source.Sources;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * In-JVM batch run of the HTML extractor over a dev set, for speed and for scoring with the official scorer.
 * Usage: java -cp CLASSPATH ExtractionBench.java LIST OUTDIR [repeat] [paste]
 * LIST has one "tag<TAB>page.html.gz" per line; each page's `hark text` output goes to OUTDIR/tag.txt.
 * Decoding follows the peers' policy: BOM, else UTF-8 if valid, else the page's declared charset, else
 * windows-1252. Only the extractor is timed (decoding is the source stage's job).
 * In paste mode each gzipped page is a copied-text dump, and it goes the CLI's way: written to a file, read and
 * sniffed by {@link Sources} (as `hark text FILE` does), extracted, and printed through {@link TerminalText}.
 */
public final class ExtractionBench {
    private static final Pattern DECLARED = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        Path out = Path.of(args[1]);
        int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        boolean paste = args.length > 3 && "paste".equals(args[3]);
        Files.createDirectories(out);
        ArticleExtractor extractor = paste ? new Extraction(ExtractionOptions.DEFAULT)
                : new HtmlArticleExtractor(ExtractionOptions.DEFAULT);
        Sources sources = new Sources(InputStream.nullInputStream());
        Path scratch = Files.createTempFile("paste-bench", ".html");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long wall = 0;
        long cpu = 0;
        int failures = 0;
        long slowest = 0;
        String slowestTag = "";
        for (int r = 0; r < repeat; r++) {
            for (String line : lines) {
                String[] parts = line.split("\t");
                byte[] bytes;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(parts[1])))) {
                    bytes = in.readAllBytes();
                }
                Source source;
                if (paste) {
                    Files.write(scratch, bytes);
                    source = sources.read(scratch.toString());
                } else {
                    source = new Source(parts[1], decode(bytes), Source.Format.HTML, "");
                }
                long t0 = System.nanoTime();
                long c0 = mx.getCurrentThreadCpuTime();
                String text;
                try {
                    Article article = extractor.extract(source);
                    text = paste ? TerminalText.sanitize(article.toPlainText()) : article.toPlainText();
                } catch (RuntimeException | StackOverflowError e) {
                    text = "";
                    failures++;
                    if (!(e instanceof hark.HarkException)) {
                        System.err.println(parts[0] + ": " + e);
                    }
                }
                long t = System.nanoTime() - t0;
                cpu += mx.getCurrentThreadCpuTime() - c0;
                wall += t;
                if (t > slowest) {
                    slowest = t;
                    slowestTag = parts[0];
                }
                if (r == 0) {
                    Files.writeString(out.resolve(parts[0] + ".txt"), text, StandardCharsets.UTF_8);
                }
            }
        }
        Files.deleteIfExists(scratch);
        int pages = lines.size() * repeat;
        System.out.printf("%d pages (%d runs), %d without text; extractor wall %.1f s, cpu %.1f s, %.0f pages/s;"
                + " slowest %s %.0f ms%n", pages, repeat, failures, wall / 1e9, cpu / 1e9, pages / (wall / 1e9),
                slowestTag, slowest / 1e6);
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Not valid UTF-8: the charset the page declares (lossily), else windows-1252.
            Matcher m = DECLARED.matcher(new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1));
            if (m.find()) {
                try {
                    return new String(bytes, Charset.forName(m.group(1)));
                } catch (IllegalArgumentException unsupported) {
                    // fall through
                }
            }
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
