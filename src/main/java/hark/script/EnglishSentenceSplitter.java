package hark.script;

import java.util.Arrays;
import java.util.List;

/** First version: splits after . ! ? followed by a space. */
public final class EnglishSentenceSplitter implements SentenceSplitter {
    @Override
    public List<String> split(String text) {
        return Arrays.stream(text.strip().split("(?<=[.!?])\\s+")).filter(s -> !s.isBlank()).toList();
    }
}
