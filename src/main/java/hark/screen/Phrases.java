package hark.screen;

import java.util.Locale;

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

    /** The status line of the full screen. */
    public static String statusLine(ScreenState s) {
        return String.format(Locale.ROOT, "%s  %s  paragraph %d/%d  sentence %d/%d  %d%%  %s left  %d wpm",
                s.state(), speed(s.speed()), s.paragraph(), s.paragraphs(), s.sentence(), s.sentences(),
                s.percent(), clock(s.secondsLeft()), s.wordsPerMinute());
    }

    /** @return e.g. "paragraph 4 of 12, 3 minutes left at 1.5 times" */
    public static String spokenStatus(ScreenState s) {
        long minutes = Math.round(s.secondsLeft() / 60.0);
        String left = minutes < 1 ? "less than a minute left"
                : minutes == 1 ? "1 minute left" : minutes + " minutes left";
        String times = String.format(Locale.ROOT, "%.1f", s.speed()).replace(".0", "");
        return "paragraph " + s.paragraph() + " of " + s.paragraphs() + ", " + left + " at " + times + " times";
    }

    /** @return a bar such as "[#####-----]" of {@code width} columns */
    public static String progressBar(int percent, int width) {
        int inner = Math.max(0, width - 2);
        int filled = Math.max(0, Math.min(inner, Math.round(inner * percent / 100f)));
        return "[" + "#".repeat(filled) + "-".repeat(inner - filled) + "]";
    }
}
