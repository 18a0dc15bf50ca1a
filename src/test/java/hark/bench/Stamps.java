package hark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The log a {@link StampedSink} left: its writes and halts, in order, as {@code System.nanoTime()}. Immutable. */
final class Stamps {
    private record Write(long nanos, int length, long hash) {}

    private final List<Write> writes;
    private final List<Long> halts;

    private Stamps(List<Write> writes, List<Long> halts) {
        this.writes = List.copyOf(writes);
        this.halts = List.copyOf(halts);
    }

    static Stamps read(Path log) throws IOException {
        List<Write> writes = new ArrayList<>();
        List<Long> halts = new ArrayList<>();
        if (Files.exists(log)) {
            for (String line : Files.readAllLines(log)) {
                String[] f = line.split(" ");
                if (f[0].equals("W")) {
                    writes.add(new Write(Long.parseLong(f[1]), Integer.parseInt(f[2]), Long.parseLong(f[3])));
                } else {
                    halts.add(Long.parseLong(f[1]));
                }
            }
        }
        return new Stamps(writes, halts);
    }

    /** The first halt after a moment; Long.MAX_VALUE if none. */
    long haltAfter(long nanos) {
        return halts.stream().filter(h -> h > nanos).findFirst().orElse(Long.MAX_VALUE);
    }

    /**
     * When the write that carried played sample {@code at} returned: the first write after {@code after} whose
     * samples equal a stretch of the played file covering {@code at}; Long.MAX_VALUE if none.
     */
    long writeOf(short[] played, int at, long after) {
        for (Write w : writes) {
            if (w.nanos() <= after) {
                continue;
            }
            for (int o = Math.max(0, at - w.length() + 1); o <= at && o + w.length() <= played.length; o++) {
                if (StampedSink.hash(played, o, w.length()) == w.hash()) {
                    return w.nanos();
                }
            }
        }
        return Long.MAX_VALUE;
    }
}
