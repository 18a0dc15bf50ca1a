package hark.script;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URLs, e-mail addresses and @handles in a short speakable form: a URL is read as its domain only
 * ("https://www.example.com/news/1" becomes "example dot com"), an address as "jane at example dot org", a handle
 * as "at hark app". Stateless and thread-safe.
 */
final class Electronic implements Rewrite {
    private static final String TLD = "com|org|net|edu|gov|mil|int|io|co|uk|us|ca|au|de|fr|es|it|nl|eu|ch|se|no|"
            + "jp|cn|in|ru|br|info|biz|ai|app|dev|me|tv|ly|news|blog|online|site|tech|xyz";
    private static final Pattern EMAIL =
            Pattern.compile("\\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\b");
    private static final Pattern URL = Pattern.compile(
            "\\b(?:[a-z][a-z0-9+.-]*://|www\\.)[^\\s<>\"]*[^\\s<>\".,;:!?)\\]'}]", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOMAIN = Pattern.compile(
            "\\b(?:[A-Za-z0-9-]+\\.)+(?:" + TLD + ")\\b(?:/[^\\s]*[^\\s.,;:!?)\\]'\"])?");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@])@([A-Za-z0-9_]{1,30})\\b");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w#&])#([A-Za-z][A-Za-z0-9_]*)");
    private static final Pattern HOST = Pattern.compile("^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/]*@)?([^/:?#]+)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String apply(String text) {
        if (text.indexOf('@') < 0 && text.indexOf('#') < 0 && !hasInnerDot(text)) {
            return text;
        }
        boolean at = text.indexOf('@') >= 0;
        String out = !at ? text : Rewrite.replace(EMAIL, text, m -> {
            String[] parts = m.group().split("@", 2);
            return Rewrite.words(name(parts[0].replace(".", " dot ")) + " at " + host(parts[1]));
        });
        if (out.contains("://") || out.contains("www.")) {
            out = Rewrite.replace(URL, out, m -> Rewrite.words(url(m.group())));
        }
        if (hasInnerDot(out)) {
            out = Rewrite.replace(DOMAIN, out, m -> Rewrite.words(url(m.group())));
        }
        if (at) {
            out = Rewrite.replace(HANDLE, out, m -> Rewrite.words("at " + name(m.group(1))));
        }
        return out.indexOf('#') < 0 ? out : Rewrite.replace(HASHTAG, out, m -> Rewrite.words("hashtag " + name(m.group(1))));
    }

    /** "example.com", "www.x": a dot between a letter or digit and a letter; a sentence's own stop is not. */
    private static boolean hasInnerDot(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '.' && Character.isLetterOrDigit(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static String url(String url) {
        Matcher m = HOST.matcher(url);
        return m.find() ? host(m.group(1)) : name(url);
    }

    /** "www.bbc.co.uk" becomes "bbc dot co dot uk". */
    private static String host(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("www.")) {
            h = h.substring(4);
        }
        StringBuilder out = new StringBuilder();
        for (String label : h.split("\\.")) {
            if (label.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(" dot ");
            }
            out.append(name(label));
        }
        return out.toString();
    }

    /** The user part of an address or handle: separators become spaces. */
    private static String name(String s) {
        return s.replaceAll("[._+-]+", " ").strip();
    }
}
