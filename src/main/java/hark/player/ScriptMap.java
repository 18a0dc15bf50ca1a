package hark.player;

import hark.article.BlockKind;
import hark.script.Paragraph;
import hark.script.Position;
import hark.script.Script;
import hark.script.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The script's sentences in reading order, numbered from 0, with the paragraph each belongs to and the word
 * counts the time estimate needs. Every navigation key is answered here, so the rules are testable without
 * audio. The number of a sentence (its index) is the player's own arithmetic; what leaves the player is a
 * {@link Position}, and {@link #at(int)} and {@link #indexOf(Position)} convert between the two. Immutable and
 * thread-safe.
 */
public final class ScriptMap {
    private final Script script;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Integer> paragraphOf = new ArrayList<>();
    private final int[] paragraphStart;
    private final int[] wordsBefore;

    public ScriptMap(Script script) {
        this.script = script;
        List<Paragraph> paragraphs = script.paragraphs();
        paragraphStart = new int[paragraphs.size() + 1];
        for (int p = 0; p < paragraphs.size(); p++) {
            paragraphStart[p] = sentences.size();
            for (Sentence s : paragraphs.get(p).sentences()) {
                sentences.add(s);
                paragraphOf.add(p);
            }
        }
        paragraphStart[paragraphs.size()] = sentences.size();
        wordsBefore = new int[sentences.size() + 1];
        for (int i = 0; i < sentences.size(); i++) {
            wordsBefore[i + 1] = wordsBefore[i] + sentences.get(i).wordCount();
        }
    }

    public String title() {
        return script.title();
    }

    /** @return how many sentences there are; also the index meaning "past the end" */
    public int size() {
        return sentences.size();
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    public int paragraphCount() {
        return script.paragraphs().size();
    }

    public int paragraphOf(int index) {
        return paragraphOf.get(index);
    }

    public int paragraphStart(int paragraph) {
        return paragraphStart[paragraph];
    }

    public int paragraphSize(int paragraph) {
        return paragraphStart[paragraph + 1] - paragraphStart[paragraph];
    }

    /** The sentence index of a position, clamped into the script (a saved one may lie beyond it). */
    public int indexOf(Position position) {
        int paragraph = position.paragraph();
        int sentence = position.sentence();
        if (paragraph >= paragraphCount()) {
            return Math.max(0, size() - 1);
        }
        int start = paragraphStart(Math.max(0, paragraph));
        int last = paragraphStart[Math.max(0, paragraph) + 1] - 1;
        int index = Math.max(0, Math.min(start + Math.max(0, sentence), Math.max(start, last)));
        return Math.min(index, Math.max(0, size() - 1)); // an empty last paragraph has no sentence of its own
    }

    /** @return the position of a sentence index, which must be in the script */
    public Position at(int index) {
        int p = paragraphOf(index);
        return new Position(p, index - paragraphStart(p));
    }

    /** @return the position clamped into the script, {@link Position#START} when the script is empty */
    public Position clamp(Position position) {
        return size() == 0 ? Position.START : at(indexOf(position));
    }

    public boolean lastInParagraph(int index) {
        return index + 1 == paragraphStart[paragraphOf(index) + 1];
    }

    /** @return the first sentence of the next paragraph, or {@link #size()} at the last one */
    public int nextParagraph(int index) {
        return paragraphStart[paragraphOf(index) + 1];
    }

    /** @return the first sentence of the previous paragraph, or 0 in the first */
    public int previousParagraph(int index) {
        int p = paragraphOf(index);
        return p == 0 ? 0 : paragraphStart[p - 1];
    }

    /** @return the first sentence of the next heading after this paragraph, or {@link #size()} if none */
    public int nextSection(int index) {
        for (int p = paragraphOf(index) + 1; p < paragraphCount(); p++) {
            if (isHeading(p)) {
                return paragraphStart[p];
            }
        }
        return size();
    }

    /** @return the first sentence of the nearest heading before this paragraph, or 0 if none */
    public int previousSection(int index) {
        for (int p = paragraphOf(index) - 1; p >= 0; p--) {
            if (isHeading(p)) {
                return paragraphStart[p];
            }
        }
        return 0;
    }

    private boolean isHeading(int paragraph) {
        Paragraph p = script.paragraphs().get(paragraph);
        return p.kind() == BlockKind.HEADING && !p.sentences().isEmpty();
    }

    /** @return how many sentences from the first on read the same here and in {@code other} */
    public int sameBefore(ScriptMap other) {
        int n = Math.min(size(), other.size());
        int i = 0;
        while (i < n && sentences.get(i).text().equals(other.sentence(i).text())) {
            i++;
        }
        return i;
    }

    /**
     * Where a sentence of this map, the script of a long text's beginning, lies in {@code whole}, the whole text's
     * script (issue 12): at the same index when every sentence up to it reads the same in both, as it does unless
     * the whole text was cleaned differently near its start; else at the first sentence of {@code whole} after
     * those that agree that reads the same; else at the first that differs, where {@code whole} goes its own way.
     *
     * @return an index into {@code whole}, or {@code whole.size()} when nothing of it is left from there
     */
    public int carriedTo(ScriptMap whole, int index) {
        int same = sameBefore(whole);
        if (index < same) {
            return index;
        }
        if (index < size()) {
            String text = sentences.get(index).text();
            for (int i = same; i < whole.size(); i++) {
                if (whole.sentence(i).text().equals(text)) {
                    return i;
                }
            }
        }
        return Math.min(same, whole.size());
    }

    public int wordsBefore(int index) {
        return wordsBefore[index];
    }

    public int totalWords() {
        return wordsBefore[size()];
    }

    /**
     * @return the first sentence at or after {@code from}, wrapping round, whose text contains {@code phrase}
     *     ignoring case and spacing; -1 if none does
     */
    int find(String phrase, int from) {
        String wanted = fold(phrase);
        if (wanted.isEmpty() || size() == 0) {
            return -1;
        }
        for (int k = 0; k < size(); k++) {
            int i = (from + k) % size();
            if (fold(sentences.get(i).text()).contains(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return the first sentence after {@code current}, wrapping round, whose text contains {@code phrase}
     *     ignoring case and spacing; empty if none does
     */
    public Optional<Position> findAfter(String phrase, Position current) {
        int found = find(phrase, indexOf(current) + 1);
        return found < 0 ? Optional.empty() : Optional.of(at(found));
    }

    private static String fold(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
