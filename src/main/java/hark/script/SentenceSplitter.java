package hark.script;

import java.util.List;

/** Splits running text into sentences, the unit that → and ← move by. */
public interface SentenceSplitter {
    /** @return the sentences of {@code text}, trimmed, none empty; never throws on any input */
    List<String> split(String text);
}
