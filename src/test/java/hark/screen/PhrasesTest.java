package hark.screen;

import static org.assertj.core.api.Assertions.assertThat;

import hark.player.PlaybackState;
import hark.player.Snapshot;
import hark.script.Position;
import org.junit.jupiter.api.Test;

class PhrasesTest {
    private static Snapshot state(double speed, long secondsLeft) {
        return new Snapshot("T", PlaybackState.PAUSED, speed, new Position(3, 1), 12, 5, 31, secondsLeft, "Text.", "kevin16", 281);
    }

    @Test
    void whileALongTextIsCountedNeitherItsLengthNorTheTimeLeftIsShown() {
        Snapshot s = new Snapshot("T", PlaybackState.PLAYING, 1.0, new Position(3, 1), 12, 5, 0, 0, "Text.", "kevin16",
                0, true);
        assertThat(Phrases.statusLine(s)).isEqualTo("Playing  1.0x  paragraph 4  sentence 2/5  counting");
        assertThat(Phrases.statusLine(s, 12)).isEqualTo("counting");
        assertThat(Phrases.spokenStatus(s)).isEqualTo("paragraph 4 at normal speed, still counting the rest");
        assertThat(s.paragraphOfAll()).isEqualTo("4");
        assertThat(state(1.0, 60).paragraphOfAll()).isEqualTo("4 of 12");
    }

    @Test
    void statusLineHasStateSpeedPositionPercentTimeLeftAndRate() {
        assertThat(Phrases.statusLine(state(1.5, 185)))
                .isEqualTo("Paused  1.5x  paragraph 4/12  sentence 2/5  31%  3:05 left  281 wpm");
    }

    @Test
    void spokenStatusReadsNaturally() {
        assertThat(Phrases.spokenStatus(state(1.5, 185))).isEqualTo("paragraph 4 of 12, 3 minutes left at 1.5 times");
        assertThat(Phrases.spokenStatus(state(1.0, 70))).isEqualTo("paragraph 4 of 12, 1 minute left at normal speed");
        assertThat(Phrases.spokenStatus(state(2.0, 20))).endsWith("less than a minute left at 2 times");
        assertThat(Phrases.spokenStatus(state(0.7, 20))).endsWith("at 0.7 times");
    }

    @Test
    void statusLineLeavesOutWordsPerMinuteUntilMeasured() {
        Snapshot s = new Snapshot("T", PlaybackState.PLAYING, 1.0, new Position(0, 0), 3, 2, 0, 60, "First.", "kevin16", 0);
        assertThat(Phrases.statusLine(s)).isEqualTo("Playing  1.0x  paragraph 1/3  sentence 1/2  0%  1:00 left");
    }

    @Test
    void narrowStatusLineKeepsPercentAndTimeLeft() {
        Snapshot s = state(1.5, 185);
        for (int width = 14; width <= 70; width++) {
            String line = Phrases.statusLine(s, width);
            assertThat(line).as("width %d", width).hasSizeLessThanOrEqualTo(width).contains("31%", "3:05 left");
        }
        assertThat(Phrases.statusLine(s, 39)).isEqualTo("Paused  1.5x  31%  3:05 left");
    }

    @Test
    void clockShowsHoursOnlyWhenNeeded() {
        assertThat(Phrases.clock(59)).isEqualTo("0:59");
        assertThat(Phrases.clock(3725)).isEqualTo("1:02:05");
    }

    @Test
    void progressBarFillsInProportion() {
        assertThat(Phrases.progressBar(50, 12)).isEqualTo("[#####-----]");
        assertThat(Phrases.progressBar(0, 6)).isEqualTo("[----]");
        assertThat(Phrases.progressBar(100, 6)).isEqualTo("[####]");
    }

    @Test
    void wrapBreaksBetweenWordsByTerminalColumns() {
        assertThat(Wrap.words("one two three four", 10)).containsExactly("one two", "three", "four");
        assertThat(Wrap.words("日本語の文章です", 7)).allSatisfy(l -> assertThat(
                new org.jline.utils.AttributedString(l).columnLength()).isLessThanOrEqualTo(6));
    }
}
