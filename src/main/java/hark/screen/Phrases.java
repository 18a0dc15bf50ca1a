package hark.screen;

import hark.player.Snapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The words hark uses for speeds, times and positions, on screen and spoken. Stateless. */
public final class Phrases {
    private Phrases() {}

    /** @return e.g. "1.5x" */
    public static String speed(double speed) {
        return String.format(Locale.ROOT, "%.1fx", speed);
    }

    /** @return e.g. "4:05" or "1:02:09" */
    public static String clock(long seconds) {
        long s = Math.max(0, seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** The status line of the full screen, at any width. */
    public static String statusLine(Snapshot s) {
        return statusLine(s, Integer.MAX_VALUE);
    }

    /**
     * The status line cut to fit {@code width} columns by leaving parts out, least needed first, so that the
     * percent and the time left are always there. Words per minute appear only once they have been measured.
     */
    public static String statusLine(Snapshot s, int width) {
        // While a long text is still being counted, its length is not known: no percent or time left yet.
        String percent = s.counting() ? "counting" : s.percent() + "%";
        String left = s.counting() ? null : clock(s.secondsLeft()) + " left";
        String wpm = s.wordsPerMinute() > 0 ? s.wordsPerMinute() + " wpm" : null;
        String paragraph = s.counting() ? "paragraph " + s.paragraphNumber()
                : String.format(Locale.ROOT, "paragraph %d/%d", s.paragraphNumber(), s.paragraphs());
        String sentence = String.format(Locale.ROOT, "sentence %d/%d", s.sentenceNumber(), s.sentences());
        String speed = speed(s.speed());
        // Shown in this order; dropped from the first of DROP_ORDER on until the line fits.
        List<String> parts = new ArrayList<>(Arrays.asList(
                s.state().label(), speed, paragraph, sentence, percent, left, wpm));
        parts.removeIf(Objects::isNull);
        for (String drop : new String[] {wpm, sentence, paragraph, s.state().label(), speed}) {
            if (String.join("  ", parts).length() <= width) {
                break;
            }
            if (drop != null) {
                parts.remove(drop);
            }
        }
        String line = String.join("  ", parts);
        return line.length() <= width ? line : left == null ? percent : percent + " " + left;
    }

    /** @return e.g. "paragraph 4 of 12, 3 minutes left at 1.5 times", or "... at normal speed" at 1x */
    public static String spokenStatus(Snapshot s) {
        if (s.counting()) {
            return "paragraph " + s.paragraphNumber() + " " + spokenSpeed(s.speed()) + ", still counting the rest";
        }
        long minutes = Math.round(s.secondsLeft() / 60.0);
        String left = minutes < 1 ? "less than a minute left"
                : minutes == 1 ? "1 minute left" : minutes + " minutes left";
        return "paragraph " + s.paragraphNumber() + " of " + s.paragraphs() + ", " + left + " " + spokenSpeed(s.speed());
    }

    /** @return "at normal speed" at 1x, else e.g. "at 1.5 times" or "at 2 times" */
    public static String spokenSpeed(double speed) {
        double rounded = Math.round(speed * 10) / 10.0;
        if (rounded == 1.0) {
            return "at normal speed";
        }
        String times = String.format(Locale.ROOT, "%.1f", rounded);
        return "at " + (times.endsWith(".0") ? times.substring(0, times.length() - 2) : times) + " times";
    }

    /** @return a bar such as "[#####-----]" of {@code width} columns */
    public static String progressBar(int percent, int width) {
        int inner = Math.max(0, width - 2);
        int filled = Math.max(0, Math.min(inner, Math.round(inner * percent / 100f)));
        return "[" + "#".repeat(filled) + "-".repeat(inner - filled) + "]";
    }
}
