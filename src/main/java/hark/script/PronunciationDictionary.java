package hark.script;

import hark.Environment;
import hark.HarkException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The user's and the voice's replacements, applied before any other normalization, first entry first. One entry a
 * line; blank lines and lines starting with {@code #} are ignored:
 *
 * <pre>{@code
 * # literal = spoken form: matched as written (case-sensitive), as a whole word
 * GIF = jif
 * Nguyen = win
 * # /regex/ = spoken form: a Java regular expression; $1 refers to a group; /regex/i ignores case
 * /\bSQL\b/ = sequel
 * /(\d+)bps/i = $1 bits per second
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class PronunciationDictionary implements Rewrite {
    /** The file name in the config directory; voices ship {@code voices/NAME.pronunciations}. */
    public static final String FILE_NAME = "pronunciations";

    private record Entry(Pattern pattern, String spoken, boolean regex, String where) {}

    /**
     * How long one rule may take on one piece of text. A user's pattern such as {@code (a+)+$} backtracks
     * exponentially; past this, hark stops with one line naming the file and line instead of hanging.
     */
    static final long RULE_MILLIS = 500;

    private static final Pattern LINE = Pattern.compile("^(?:/(.+)/(i?)|(.+?))\\s+=\\s*(.*)$");
    private static final PronunciationDictionary EMPTY = new PronunciationDictionary(List.of());

    private final List<Entry> entries;

    private PronunciationDictionary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static PronunciationDictionary empty() {
        return EMPTY;
    }

    /**
     * The user's file ({@code $XDG_CONFIG_HOME/hark/pronunciations}), then the entries shipped for the voice
     * ({@code voices/NAME.pronunciations} where hark is installed).
     */
    public static PronunciationDictionary forVoice(String voice, Environment environment) {
        Path shipped = environment.home().resolve("voices").resolve(voice + "." + FILE_NAME);
        return load(List.of(environment.configDir().resolve(FILE_NAME), shipped));
    }

    /**
     * Reads the files in order; a missing file is skipped.
     *
     * @throws HarkException naming the file and line of an entry that cannot be read
     */
    public static PronunciationDictionary load(List<Path> files) {
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    parse(lines.get(i), file + ":" + (i + 1)).ifPresent(entries::add);
                }
            } catch (IOException e) {
                throw new HarkException(HarkException.INPUT, file + ": could not read the pronunciations: "
                        + e.getMessage());
            }
        }
        return entries.isEmpty() ? EMPTY : new PronunciationDictionary(entries);
    }

    /** Parses entries from text, as in a file; for tests and for callers that hold the text already. */
    public static PronunciationDictionary parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            parse(lines[i], "line " + (i + 1)).ifPresent(entries::add);
        }
        return new PronunciationDictionary(entries);
    }

    private static java.util.Optional<Entry> parse(String raw, String where) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return java.util.Optional.empty();
        }
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new HarkException(HarkException.USAGE, where + ": expected \"written = spoken\" or "
                    + "\"/regex/ = spoken\", got: " + line);
        }
        String spoken = m.group(4).strip();
        if (m.group(1) != null) {
            try {
                int flags = m.group(2).isEmpty() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                return java.util.Optional.of(new Entry(Pattern.compile(m.group(1), flags), spoken, true, where));
            } catch (PatternSyntaxException e) {
                throw new HarkException(HarkException.USAGE, where + ": bad regular expression /" + m.group(1)
                        + "/: " + e.getDescription() + "; fix or remove the line");
            }
        }
        String literal = m.group(3).strip();
        String before = Character.isLetterOrDigit(literal.charAt(0)) ? "(?<![\\w])" : "";
        String after = Character.isLetterOrDigit(literal.charAt(literal.length() - 1)) ? "(?![\\w])" : "";
        return java.util.Optional.of(new Entry(Pattern.compile(before + Pattern.quote(literal) + after), spoken, false,
                where));
    }

    public int size() {
        return entries.size();
    }

    @Override
    public String apply(String text) {
        String out = text;
        for (Entry entry : entries) {
            if (entry.regex()) {
                out = applyTimed(entry, out);
                continue;
            }
            Matcher m = entry.pattern().matcher(out);
            if (m.find()) {
                out = m.replaceAll(Matcher.quoteReplacement(entry.spoken()));
            }
        }
        return out;
    }

    /** A user's regex runs on text that checks the clock as the matcher reads it, so backtracking is bounded. */
    private static String applyTimed(Entry entry, String text) {
        try {
            Matcher m = entry.pattern().matcher(Timed.within(text, RULE_MILLIS));
            return m.find() ? safeReplace(m, entry.spoken()) : text;
        } catch (Timed.OutOfTime e) {
            throw new HarkException(HarkException.USAGE, entry.where() + ": the pattern /" + entry.pattern().pattern()
                    + "/ took over " + RULE_MILLIS + " ms on one sentence (nested repeats such as (a+)+ backtrack "
                    + "without end); simplify or remove the line");
        }
    }

    /** Text that throws once its time is up; the clock is read every few thousand characters, not every one. */
    private static final class Timed implements CharSequence {
        static final class OutOfTime extends RuntimeException {
            OutOfTime() {
                super(null, null, false, false);
            }
        }

        private final String text;
        private final long deadline;
        private int reads;

        private Timed(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        static Timed within(String text, long millis) {
            return new Timed(text, System.nanoTime() + millis * 1_000_000L);
        }

        @Override
        public char charAt(int index) {
            if (++reads >= 4096) {
                reads = 0;
                if (System.nanoTime() - deadline > 0) {
                    throw new OutOfTime();
                }
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Timed(text.substring(start, end), deadline);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A user's "$3" that names no group is kept literally instead of throwing. */
    private static String safeReplace(Matcher m, String spoken) {
        try {
            return m.replaceAll(spoken);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return m.replaceAll(Matcher.quoteReplacement(spoken));
        }
    }
}
