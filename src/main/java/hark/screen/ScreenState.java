package hark.screen;

/**
 * What the screen shows at one moment. Text fields are raw (as the article has them); screens sanitize them.
 *
 * @param title the article's title
 * @param state "Playing", "Paused" or "Ended"
 * @param speed the listening speed
 * @param paragraph the current paragraph, from 1
 * @param paragraphs how many paragraphs there are
 * @param sentence the current sentence in its paragraph, from 1
 * @param sentences how many sentences the paragraph has
 * @param percent how much has been read, 0 to 100
 * @param secondsLeft time left at the current speed
 * @param wordsPerMinute words per minute at the current speed
 * @param voice the voice's name
 * @param text the sentence being spoken
 */
public record ScreenState(String title, String state, double speed, int paragraph, int paragraphs, int sentence,
                          int sentences, int percent, long secondsLeft, int wordsPerMinute, String voice,
                          String text) {
}
