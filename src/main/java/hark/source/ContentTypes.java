package hark.source;

import hark.HarkException;
import java.util.Locale;

/** Decides from a Content-Type header whether a response can be an article, and refuses the ones that cannot. */
final class ContentTypes {
    private ContentTypes() {}

    static boolean isHtml(String contentType) {
        String type = mediaType(contentType);
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    /** @throws HarkException naming the type when it is a PDF, an image, JSON, audio, video or other non-text */
    static void refuse(String contentType, String host) {
        String type = mediaType(contentType);
        if (type.isEmpty() || type.startsWith("text/") || isHtml(contentType) || type.equals("application/xml")
                || type.equals("application/octet-stream")) {
            return; // the body itself is checked: sniffed for HTML, refused if binary
        }
        String what;
        String todo = "give the address of the web page that holds the article";
        if (type.equals("application/pdf")) {
            what = "a PDF document";
            todo = "download it and copy its text into a file, then run `hark article.txt`";
        } else if (type.startsWith("image/")) {
            what = "an image (" + type + ")";
        } else if (type.equals("application/json") || type.endsWith("+json")) {
            what = "JSON data";
        } else if (type.startsWith("audio/") || type.startsWith("video/")) {
            what = "audio or video (" + type + ")";
        } else if (type.endsWith("rss+xml") || type.endsWith("atom+xml")) {
            what = "a news feed";
            todo = "pick an article in the feed and give hark its address";
        } else {
            what = type;
        }
        throw new HarkException(HarkException.INPUT, host + " sent " + what
                + ", not an article page; hark reads HTML and plain text; " + todo);
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }
}
