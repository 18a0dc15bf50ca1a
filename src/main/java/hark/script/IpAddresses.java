package hark.script;

import java.util.regex.Pattern;

/**
 * IPv4 addresses digit by digit with "dot", as network people read them: "10.0.0.1" is "one zero dot zero dot
 * zero dot one". Four dotted parts of at most 255 each are an address (a version number has three parts, or parts
 * past 255); runs before dates, which would take "10.10.10" for a day. Stateless and thread-safe.
 */
final class IpAddresses implements Rewrite {
    private static final String PART = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern ADDRESS =
            Pattern.compile("(?<![\\w.])" + PART + "(?:\\." + PART + "){3}(?:/\\d{1,2})?(?![\\w]|\\.\\d)");

    @Override
    public String apply(String text) {
        if (!Numbers.hasDigit(text) || text.indexOf('.') < 0) {
            return text;
        }
        return Rewrite.replace(ADDRESS, text, m -> {
            String[] prefix = m.group().split("/");
            StringBuilder out = new StringBuilder();
            for (String part : prefix[0].split("\\.")) {
                out.append(out.length() == 0 ? "" : " dot ").append(NumberWords.digits(part));
            }
            if (prefix.length > 1) {
                out.append(" slash ").append(NumberWords.cardinal(prefix[1]));
            }
            return Rewrite.words(out.toString());
        });
    }
}
