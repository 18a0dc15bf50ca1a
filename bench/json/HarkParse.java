// Part of bench/json/run: the first JSON-LD parse with hark's Json in a cold JVM.
package hark.article.html;
public class HarkParse {
    public static void main(String[] a) {
        String s = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"A headline\",\"author\":[{\"@type\":\"Person\",\"name\":\"Anna\"}],\"datePublished\":\"2024-01-02T10:00:00Z\",\"publisher\":{\"name\":\"Site\"}}";
        long t = System.nanoTime();
        Object o = Json.parse(s).orElse(null);
        System.out.println((System.nanoTime() - t) / 1000 + " us " + (o != null));
    }
}
