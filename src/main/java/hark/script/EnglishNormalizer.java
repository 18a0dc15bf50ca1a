package hark.script;

/** First version: folds typographic quotes and dashes, which FreeTTS reads as word breaks. */
public final class EnglishNormalizer implements SpeechNormalizer {
    @Override
    public String speakable(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', ',').replace('\u2014', ',');
    }
}
