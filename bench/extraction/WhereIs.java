import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Debug aid: for each "label<TAB>page.gz<TAB>snippet" line of FILE, prints the ancestor path of the smallest element
 * holding the snippet, so that failure kinds can be read off the page structure. WhereIs FILE
 */
public final class WhereIs {
    public static void main(String[] args) throws Exception {
        String lastPage = "";
        Document doc = null;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split("\t", 3);
            if (!f[1].equals(lastPage)) {
                byte[] bytes;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(f[1])))) {
                    bytes = in.readAllBytes();
                }
                doc = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), null, "");
                lastPage = f[1];
                System.out.println("#### " + f[1]);
            }
            String snippet = f[2].replaceAll("\\s+", " ").strip();
            Element best = null;
            for (Element e : doc.getAllElements()) {
                if (e.text().contains(snippet)) {
                    best = e;
                }
            }
            StringBuilder path = new StringBuilder();
            int n = 0;
            for (Element e = best; e != null && n < Integer.getInteger("depth", 6); e = e.parent(), n++) {
                path.insert(0, " > " + e.normalName() + (e.id().isEmpty() ? "" : "#" + e.id())
                        + (e.className().isEmpty() ? "" : "." + e.className().replace(' ', '.'))
                        + (e.attributes().hasKey("style") ? "[style=" + e.attr("style") + "]" : "")
                        + (e.attributes().hasKey("role") ? "[role=" + e.attr("role") + "]" : "")
                        + (e.attributes().hasKey("aria-hidden") ? "[aria-hidden]" : "")
                        + (e.attributes().hasKey("hidden") ? "[hidden]" : ""));
            }
            System.out.println(f[0] + " " + snippet + "\n    " + (best == null ? "(not in DOM text)" : path));
        }
    }
}
