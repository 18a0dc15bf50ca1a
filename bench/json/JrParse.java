// Part of bench/json/run: the first JSON-LD parse with jackson-jr in a cold JVM.
public class JrParse {
    public static void main(String[] a) throws Exception {
        String s = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"A headline\",\"author\":[{\"@type\":\"Person\",\"name\":\"Anna\"}],\"datePublished\":\"2024-01-02T10:00:00Z\",\"publisher\":{\"name\":\"Site\"}}";
        long t = System.nanoTime();
        Object o = com.fasterxml.jackson.jr.ob.JSON.std.anyFrom(s);
        System.out.println((System.nanoTime() - t) / 1000 + " us " + (o != null));
    }
}
