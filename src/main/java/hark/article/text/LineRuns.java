package hark.article.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Walks the runs of consecutive lines that share a trait, so that a filter can drop a run whole. Stateless. */
final class LineRuns {
    /** Whether a run goes. */
    interface RunTest {
        /**
         * @param start the run's first index in the whole list (to look at the line above it)
         * @param run the run's lines, in order
         */
        boolean drops(int start, List<Line> run);
    }

    private LineRuns() {}

    /** Every maximal run of {@code member} lines that {@code test} drops goes; all other lines stay, in order. */
    static List<Line> dropRuns(List<Line> lines, Predicate<Line> member, RunTest test) {
        List<Line> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && member.test(lines.get(end))) {
                end++;
            }
            if (end == i) {
                out.add(lines.get(i++));
                continue;
            }
            if (!test.drops(i, lines.subList(i, end))) {
                out.addAll(lines.subList(i, end));
            }
            i = end;
        }
        return out;
    }
}
