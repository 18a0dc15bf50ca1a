package hark.article.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void readsObjectsArraysStringsNumbersAndLiterals() {
        Object value = Json.parse("{\"a\": [1, 2.5, true, false, null], \"b\": {\"c\": \"d\\u00e9\\n\"}}").orElseThrow();
        assertThat(value).isEqualTo(Map.of("a", java.util.Arrays.asList(1.0, 2.5, true, false, null),
                "b", Map.of("c", "dé\n")));
    }

    @Test
    void toleratesTrailingCommas() {
        assertThat(Json.parse("[1, 2, ]")).contains(List.of(1.0, 2.0));
    }

    @Test
    void givesNothingForBrokenJson() {
        assertThat(Json.parse("{\"a\": ")).isEmpty();
        assertThat(Json.parse("not json")).isEmpty();
        assertThat(Json.parse("[".repeat(10_000))).isEmpty();
    }
}
