package hark.player;

/**
 * The engine's state at one moment, for the screen and the spoken status. Text fields are raw (as the article
 * has them); screens sanitize them.
 *
 * @param title the article's title, or "" when it has none
 * @param state playing, paused or ended
 * @param speed the listening speed, 0.5 to 3.0
 * @param index the current sentence, from 0 over the whole script
 * @param paragraph the current paragraph, from 1
 * @param paragraphs how many paragraphs there are
 * @param sentence the current sentence within its paragraph, from 1
 * @param sentences how many sentences the current paragraph has
 * @param percent how much of the script's words come before the current sentence, 0 to 100
 * @param secondsLeft the time the rest takes at the current speed, from the words left and the reading rate
 * @param text the current sentence as written (not yet sanitized for the terminal)
 * @param voice the current voice's name
 * @param wordsPerMinute the words per minute heard at this speed: measured over the last sentences, or the
 *     voice's own rate before the first has been heard
 */
public record Snapshot(String title, PlaybackState state, double speed, int index, int paragraph, int paragraphs, int sentence,
                       int sentences, int percent, long secondsLeft, String text, String voice,
                       int wordsPerMinute) {
}
