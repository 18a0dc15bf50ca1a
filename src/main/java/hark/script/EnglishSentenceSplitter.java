package hark.script;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits English text into sentences with hand-written rules in the manner of pragmatic_segmenter's "Golden
 * Rules": abbreviations and initials, decimals and money, URLs and e-mail addresses, ellipses, quotes and brackets
 * after the final stop, "!!!" and "?!", run-together lists, missing spaces ("4.99.The") and abbreviations that end
 * a sentence ("at the U.N. The talks"). Every non-space character of the input lands in exactly one sentence;
 * runs of white space inside a sentence become one space. Stateless and thread-safe.
 *
 * <pre>{@code
 * new EnglishSentenceSplitter().split("Mr. Smith left at 5 p.m. on Friday. Nobody saw him.")
 * // ["Mr. Smith left at 5 p.m. on Friday.", "Nobody saw him."]
 * }</pre>
 */
public final class EnglishSentenceSplitter implements SentenceSplitter {
    // The lookbehinds let a match start only where a word starts: without them, find() rescans a 100,000-letter
    // token from every position, which is quadratic (found by PipelineFuzzTest).
    private static final Pattern WEB = Pattern.compile(
            "(?<![a-z0-9+.-])(?:[a-z][a-z0-9+.-]*://|www\\.)\\S+|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+",
            Pattern.CASE_INSENSITIVE);
    private static final String CLOSERS = "\"'”’»)]}";
    private static final String OPENERS = "\"'“‘«([{";

    @Override
    public List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        BitSet cuts = new Scan(text).cuts();
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int cut = cuts.nextSetBit(1); cut >= 0 && cut < text.length(); cut = cuts.nextSetBit(cut + 1)) {
            add(sentences, text.substring(start, cut));
            start = cut;
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    /**
     * Whether {@link #WEB} can match at all: each of its forms holds "://", "www." or "@". Most text holds none, and
     * one look for them is much cheaper than the pattern's attempt at every position (a fifth of the time a long
     * text took to split, issue 12).
     */
    static boolean mayHoldWebAddress(String text) {
        if (text.indexOf("://") >= 0 || text.indexOf('@') >= 0) {
            return true;
        }
        for (int at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
            if (at >= 3 && text.regionMatches(true, at - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<String> sentences, String piece) {
        String s = Whitespace.collapse(piece);
        if (!s.isEmpty()) {
            sentences.add(s);
        }
    }

    /** One pass over one text; holds the positions found so far. */
    private static final class Scan {
        private final String text;
        private final int n;
        private final BitSet cuts = new BitSet();
        private final BitSet protectedDots = new BitSet();
        private int sentenceStart;

        Scan(String text) {
            this.text = text;
            this.n = text.length();
        }

        BitSet cuts() {
            Matcher web = WEB.matcher(mayHoldWebAddress(text) ? text : "");
            while (web.find()) {
                int end = web.end();
                while (end > web.start() && ".,;:!?)]}'\"”’".indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                protectedDots.set(web.start(), end);
            }
            ListMarkers.Found lists = ListMarkers.find(text);
            cuts.or(lists.starts());
            protectedDots.or(lists.markerDots());
            for (int i = 0; i < n; i++) {
                if (cuts.get(i)) {
                    sentenceStart = i;
                }
                char c = text.charAt(i);
                if (c == '。' || c == '！' || c == '？') {
                    // full-width stops of Chinese and Japanese: no space follows them
                    int k = i + 1;
                    while (k < n && (CLOSERS.indexOf(text.charAt(k)) >= 0 || "」』）】".indexOf(text.charAt(k)) >= 0)) {
                        k++;
                    }
                    cut(skipSpaces(k));
                    i = k - 1;
                } else if (c == '.' || c == '!' || c == '?' || c == '…' || c == '‼' || c == '⁇') {
                    i = terminator(i) - 1;
                } else if (c == '\n') {
                    i = newline(i) - 1;
                }
            }
            return cuts;
        }

        private void cut(int at) {
            if (at > sentenceStart && at < n) {
                cuts.set(at);
                sentenceStart = at;
            }
        }

        /** Decides one cluster of terminal punctuation; returns the index after it. */
        private int terminator(int i) {
            int k = i;
            int dots = 0;
            boolean bang = false;
            boolean spaced = false;
            while (k < n && ".!?…‼⁇".indexOf(text.charAt(k)) >= 0) {
                char c = text.charAt(k);
                dots += c == '.' ? 1 : c == '…' ? 3 : 0;
                bang |= c == '!' || c == '?' || c == '‼' || c == '⁇';
                k++;
                // ". . ." written with spaces is one ellipsis
                if (k + 1 < n && text.charAt(k) == ' ' && text.charAt(k + 1) == '.' && !bang) {
                    spaced = true;
                    k++;
                }
            }
            int afterDots = k;
            while (k < n && CLOSERS.indexOf(text.charAt(k)) >= 0) {
                k++;
            }
            int end = k;
            int next = skipSpaces(end);
            if (next >= n) {
                return end;
            }
            boolean space = next > end;
            if (bang) {
                if (space && !Character.isLowerCase(text.charAt(next))) {
                    cut(next);
                }
                return end;
            }
            if (dots == 1 && !spaced) {
                if (!protectedDots.get(i) && !(i > 0 && isDigit(i - 1) && afterDots < n && isDigit(afterDots))
                        && periodEnds(i, end, next, space)) {
                    cut(next);
                }
                return end;
            }
            ellipsis(i, afterDots, end, next, space, dots, spaced);
            return end;
        }

        private void ellipsis(int i, int afterDots, int end, int next, boolean space, int dots, boolean spaced) {
            if (!space || !startsUpper(next) || i > 0 && text.charAt(i - 1) == '[') {
                return;
            }
            boolean attached = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            if (spaced && attached && i + 1 < n && text.charAt(i + 1) == ' ') {
                // "compounds. . . . The": the stop ends the sentence, the ellipsis opens the next one
                cut(i + 1 + 1);
            } else if (dots >= 4 || !spaced && !word(next).equals("I")) {
                cut(next);
            }
        }

        /** Whether a single full stop at {@code i} ends its sentence. */
        private boolean periodEnds(int i, int end, int next, boolean space) {
            String word = wordBefore(i);
            Abbreviations.Kind kind = Abbreviations.kind(word);
            if (!space) {
                // a missing space: "4.99.The", "world.Today"; not "U.S.A" or "Node.js"
                return end == i + 1 && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                        && Character.isUpperCase(text.charAt(next)) && next + 1 < n
                        && Character.isLowerCase(text.charAt(next + 1))
                        && kind != Abbreviations.Kind.TITLE && word.length() != 1;
            }
            char c = text.charAt(next);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (kind == Abbreviations.Kind.TITLE || kind == Abbreviations.Kind.INNER) {
                return false;
            }
            if (Character.isDigit(c)) {
                return kind == Abbreviations.Kind.NONE || cuts.get(next);
            }
            if (!startsUpper(next)) {
                return kind == Abbreviations.Kind.NONE;
            }
            String following = word(next);
            if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
                return !initial(i - 1, word);
            }
            return switch (kind) {
                case NONE -> true;
                case BEFORE_NUMBER -> StarterWords.isStarter(following);
                // "At 5 a.m. Mr. Smith went": a short opening phrase, not a sentence; "at 6 P.M. Mr. Smith then"
                case TRAILING -> isClockTime(word) ? wordsSince(sentenceStart, i) > 3
                        : StarterWords.isStarter(following);
                default -> false;
            };
        }

        private static boolean isClockTime(String word) {
            return word.equalsIgnoreCase("a.m") || word.equalsIgnoreCase("p.m");
        }

        /** A capital letter and a full stop: an initial ("Jane A. Doe") unless it is "I" after a lower-case word. */
        private boolean initial(int letterAt, String letter) {
            int p = letterAt - 1;
            while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
                p--;
            }
            if (p < sentenceStart || p < 0) {
                return true;
            }
            int q = p;
            while (q >= 0 && (Character.isLetter(text.charAt(q)) || text.charAt(q) == '.')) {
                q--;
            }
            String before = text.substring(q + 1, p + 1);
            if (before.isEmpty()) {
                return !letter.equals("I");
            }
            return Character.isUpperCase(before.charAt(0));
        }

        /** A line break ends a sentence unless the line was cut in the middle of one (text from PDFs). */
        private int newline(int i) {
            int k = i;
            int breaks = 0;
            while (k < n && Character.isWhitespace(text.charAt(k))) {
                breaks += text.charAt(k) == '\n' ? 1 : 0;
                k++;
            }
            if (k >= n) {
                return k;
            }
            if (breaks > 1 || !Character.isLowerCase(text.charAt(k))) {
                cut(k);
                return k;
            }
            String line = text.substring(Math.max(sentenceStart, text.lastIndexOf('\n', i - 1) + 1), i).strip();
            boolean midSentence = !line.isEmpty() && (Character.isUpperCase(line.charAt(0))
                    || ",;:-".indexOf(line.charAt(line.length() - 1)) >= 0 || Words.count(line) >= 5);
            if (!midSentence) {
                cut(k);
            }
            return k;
        }

        private String wordBefore(int dot) {
            int p = dot;
            int chunk = 0;
            while (p > 0 && isWordChar(text.charAt(p - 1))) {
                p--;
                chunk++;
            }
            // take in earlier one- or two-letter pieces of a dotted abbreviation: "U.S", "Ph.D", "a.m"
            while (chunk <= 2 && chunk > 0 && p >= 2 && text.charAt(p - 1) == '.' && isWordChar(text.charAt(p - 2))) {
                int q = p - 1;
                int len = 0;
                while (q > 0 && isWordChar(text.charAt(q - 1))) {
                    q--;
                    len++;
                }
                if (len > 2) {
                    break;
                }
                p = q;
                chunk = len;
            }
            return text.substring(p, dot);
        }

        private static boolean isWordChar(char c) {
            return Character.isLetter(c) || c == '°' || c == 'º';
        }

        private String word(int from) {
            int p = from;
            while (p < n && OPENERS.indexOf(text.charAt(p)) >= 0) {
                p++;
            }
            int q = p;
            while (q < n && Character.isLetter(text.charAt(q))) {
                q++;
            }
            return text.substring(p, q);
        }

        private boolean startsUpper(int from) {
            String w = word(from);
            return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
        }

        private int wordsSince(int from, int to) {
            String piece = text.substring(Math.max(0, from), to).strip();
            return piece.isEmpty() ? 0 : piece.split("\\s+").length;
        }

        private int skipSpaces(int from) {
            int p = from;
            while (p < n && Character.isWhitespace(text.charAt(p))) {
                p++;
            }
            return p;
        }

        private boolean isDigit(int at) {
            return Character.isDigit(text.charAt(at));
        }
    }
}
