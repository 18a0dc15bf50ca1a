package hark.article.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops a picture gallery that a copy flattens into the page: slides numbered "1/50 United goin down", "2/50 ...",
 * each with its caption and credit, often set in the middle of the story. Three or more counters with the same total
 * and numbers counting up one by one make a gallery; everything from the first counter to the last goes, with the last slide's own
 * lines (as many as a slide usually has, at most {@link #MAX_SLIDE_LINES}) and a "50 show all" button above it.
 * Stateless; use {@link #INSTANCE}.
 */
public final class GalleryLines implements LineFilter {
    public static final GalleryLines INSTANCE = new GalleryLines();
    private static final Pattern COUNTER = Pattern.compile("^(\\d{1,3}) ?/ ?(\\d{1,3})(?!\\d)(?![/.,:]\\d)");
    private static final Pattern SHOW_ALL = Pattern.compile("^(?:\\d{1,3} )?(?:show|view|see) all(?: \\d{1,3})?$");
    private static final int MIN_SLIDES = 3;
    /** A slide is its caption and a credit; more than this after the last counter is the story again. */
    private static final int MAX_SLIDE_LINES = 3;
    /** The most lines from one counter to the next: a caption, a credit and a stray label or two. */
    private static final int MAX_SLIDE_GAP = 6;

    private GalleryLines() {}

    @Override
    public List<Line> apply(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines);
        int i = 0;
        while (i < lines.size()) {
            List<Integer> slides = slidesFrom(lines, i);
            if (slides.size() >= MIN_SLIDES) {
                dropGallery(out, slides);
                i = slides.get(slides.size() - 1) + 1;
            } else {
                i++;
            }
        }
        return out.stream().filter(l -> l != null).toList();
    }

    /** The counters of a gallery that starts at line {@code i}: same total, numbers one apart, close together. */
    private static List<Integer> slidesFrom(List<Line> lines, int i) {
        List<Integer> slides = new ArrayList<>();
        Counter first = counter(lines.get(i));
        if (first == null) {
            return slides;
        }
        slides.add(i);
        int number = first.number();
        for (int j = i + 1; j < lines.size() && j <= slides.get(slides.size() - 1) + MAX_SLIDE_GAP; j++) {
            Counter next = counter(lines.get(j));
            if (next == null) {
                continue;
            }
            if (next.total() != first.total() || next.number() != number + 1) {
                break;
            }
            slides.add(j);
            number = next.number();
        }
        return slides;
    }

    /** A slide's counter: "12/50" is slide 12 of 50. */
    private record Counter(int number, int total) {}

    /** @return the line's slide counter, or null when it does not start with one */
    private static Counter counter(Line line) {
        Matcher m = COUNTER.matcher(line.text());
        if (!line.isBody() || !m.find()) {
            return null;
        }
        int number = Integer.parseInt(m.group(1));
        int total = Integer.parseInt(m.group(2));
        return number >= 1 && number <= total && total >= MIN_SLIDES ? new Counter(number, total) : null;
    }

    /** Blanks out (sets to null) the gallery's lines in {@code out}; counters are in top-down order. */
    private static void dropGallery(List<Line> out, List<Integer> counters) {
        int first = counters.get(0);
        int lastCounter = counters.get(counters.size() - 1);
        List<Integer> gaps = new ArrayList<>();
        for (int k = 1; k < counters.size(); k++) {
            gaps.add(counters.get(k) - counters.get(k - 1) - 1);
        }
        gaps.sort(null);
        int slideLines = Math.min(MAX_SLIDE_LINES, gaps.get(gaps.size() / 2));
        int end = Math.min(out.size() - 1, lastCounter + slideLines);
        for (int j = first; j <= end; j++) {
            out.set(j, null);
        }
        for (int j = first - 1; j >= 0 && j >= first - 2; j--) {
            Line above = out.get(j);
            if (above != null && SHOW_ALL.matcher(above.key()).matches()) {
                out.set(j, null);
            }
        }
    }
}
