package hark.article.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextShapeTest {
    @Test
    void countsWordsThatHoldLettersOrDigits() {
        assertThat(TextShape.words("Esper – said 3 things · ok")).isEqualTo(5);
    }

    @Test
    void sentenceEndsMayHideBehindClosingQuotes() {
        assertThat(TextShape.endsSentence("he said, “in times of war.”")).isTrue();
        assertThat(TextShape.endsSentence("in times of war’")).isFalse();
    }

    @Test
    void proseIsASentenceOrALongLine() {
        assertThat(TextShape.isProse("He declined.")).isTrue();
        assertThat(TextShape.isProse("US bid for Seoul to keep intelligence-sharing pact with Tokyo stalls")).isFalse();
    }

    @Test
    void chineseAndJapaneseCountWordsByCharactersAndEndWithTheirOwnFullStop() {
        assertThat(TextShape.words("トレンドマイクロは3月9日に発表した")).isGreaterThan(5);
        assertThat(TextShape.isProse("这是一个很长的句子，用来测试中文的句子结尾。")).isTrue();
    }

    @Test
    void titleCaseIgnoresSmallWords() {
        assertThat(TextShape.titleCaseShare("Night Trains of the Alps")).isEqualTo(1.0);
        assertThat(TextShape.titleCaseShare("two eggs and milk")).isEqualTo(0.0);
    }

    @Test
    void keyIsLowerCaseWithStraightApostrophesAndNoOuterPunctuation() {
        assertThat(TextShape.key("  “SCMP’s Asia desk!” ")).isEqualTo("scmp's asia desk");
    }
}
