package hark.player;

import hark.script.Position;

/**
 * The engine's state at one moment, for the screen and the spoken status. Text fields are raw (as the article
 * has them); screens sanitize them.
 *
 * @param title the article's title, or "" when it has none
 * @param state playing, paused or ended
 * @param speed the listening speed, 0.5 to 3.0
 * @param position the current sentence ({@link Position#START} when the script is empty)
 * @param paragraphs how many paragraphs there are
 * @param sentences how many sentences the current paragraph has
 * @param percent how much of the script's words come before the current sentence, 0 to 100
 * @param secondsLeft the time the rest takes at the current speed, from the words left and the reading rate
 * @param text the current sentence as written (not yet sanitized for the terminal)
 * @param voice the current voice's name
 * @param wordsPerMinute the words per minute heard at this speed: measured over the last sentences, or the
 *     voice's own rate before the first has been heard
 * @param counting true while only a long text's beginning is known (issue 12): {@code paragraphs}, {@code percent}
 *     and {@code secondsLeft} are not known yet (they are those of the beginning, 0 and 0)
 */
public record Snapshot(String title, PlaybackState state, double speed, Position position, int paragraphs,
                       int sentences, int percent, long secondsLeft, String text, String voice,
                       int wordsPerMinute, boolean counting) {

    /** A snapshot of a script known whole. */
    public Snapshot(String title, PlaybackState state, double speed, Position position, int paragraphs,
                    int sentences, int percent, long secondsLeft, String text, String voice, int wordsPerMinute) {
        this(title, state, speed, position, paragraphs, sentences, percent, secondsLeft, text, voice, wordsPerMinute,
                false);
    }

    /** @return e.g. "4 of 12", or just "4" while the paragraphs are still being counted */
    public String paragraphOfAll() {
        return counting ? Integer.toString(paragraphNumber()) : paragraphNumber() + " of " + paragraphs;
    }

    /** @return the current paragraph as the listener is told it, from 1 */
    public int paragraphNumber() {
        return Position.shown(position.paragraph(), paragraphs);
    }

    /** @return the current sentence within its paragraph as the listener is told it, from 1 */
    public int sentenceNumber() {
        return Position.shown(position.sentence(), sentences);
    }
}
