package hark.script;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.Token;
import com.sun.speech.freetts.Tokenizer;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.en.us.TokenToWords;
import hark.Slow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs FreeTTS's own tokenizer and TokenToWords (the kevin16 voice's first utterance processor) on what the
 * normalizer prints, and checks FreeTTS ends up with exactly our words: nothing is expanded a second time.
 */
@Slow // loads the FreeTTS voice, and reads the speech dev set
class FreeTtsAgreementTest {
    private static Voice voice;
    private final EnglishNormalizer normalizer = new EnglishNormalizer(PronunciationDictionary.empty());

    @BeforeAll
    static void allocate() {
        if (System.getProperty("freetts.voices") == null) {
            System.setProperty("freetts.voices", "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
        }
        voice = VoiceManager.getInstance().getVoice("kevin16");
        voice.allocate();
    }

    @AfterAll
    static void deallocate() {
        voice.deallocate();
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> all = new ArrayList<>(EnglishNormalizerTest.cases().toList());
        SpokenFamiliesTest.cases().forEach(c -> all.add(Arguments.of(c.get()[1], "")));
        Stream.of("The CEOs met at 9:00 on 3/15/2021 in Washington, D.C. and talked about AI.",
                "NASA's budget: $25.4 billion (FY2024). Call +1 (555) 123-4567 now!",
                "The HTML5 spec, version 2.1.3, weighs 5MB.", "Louis XIV ruled; Chapter XII explains why.",
                "WHO and UNESCO criticised the EU's plan, i.e. the 2030 goals.",
                "I'm sure it's the 1st, 2nd or 23rd item, isn't it?", "Hmm, strengths, rhythms and the nth time.",
                "In 2021-22 the company sold 5-10 million units, about 1/3 more.",
                "She ran 26.2 miles in 3h 15min at -5°C.", "A U.S.-led team of MIT and UCLA students won.",
                "Mississippi, Mass. and Wash. are states; Mr Smith and Mrs Jones live on Elm St in CA.",
                "The Ph.D. student's iPhone cost 1,099 dollars in the 2020s.")
                .forEach(text -> all.add(Arguments.of(text, "")));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void freeTtsSaysExactlyOurWords(String written, String ignored) throws Exception {
        String spoken = normalizer.speakable(written);
        assertThat(freeTtsWords(spoken)).as(spoken).isEqualTo(ourWords(spoken));
    }

    @org.junit.jupiter.api.Test
    void freeTtsSaysOurWordsForARealArticleAndTheDevSet() throws Exception {
        List<String> lines = new ArrayList<>(java.nio.file.Files.readAllLines(
                hark.SharedData.require("fixtures/seed/scmp-gsomia.txt")));
        for (String json : java.nio.file.Files.readAllLines(hark.SharedData.require("speech/spoken.jsonl"))) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"written\": \"((?:[^\"\\\\]|\\\\.)*)\"")
                    .matcher(json);
            if (m.find()) {
                lines.add(m.group(1).replace("\\\"", "\""));
            }
        }
        List<String> disagreements = new ArrayList<>();
        for (String line : lines) {
            for (String sentence : new EnglishSentenceSplitter().split(line)) {
                String spoken = normalizer.speakable(sentence);
                if (!freeTtsWords(spoken).equals(ourWords(spoken))) {
                    disagreements.add(spoken + " -> " + freeTtsWords(spoken));
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anAsideInParenthesesOrDashesIsAPhraseBreakSoFreeTtsPausesThere() throws Exception {
        // FreeTTS's Phraser ends a phrase at a comma, and its PauseGenerator puts a pause between phrases
        assertThat(phrases(normalizer.speakable("The plan (announced Monday) failed."))).isEqualTo(3);
        assertThat(phrases(normalizer.speakable("Costs - mostly fuel - rose."))).isEqualTo(3);
        assertThat(phrases(normalizer.speakable("The plan announced Monday failed."))).isEqualTo(1);
    }

    private static int phrases(String text) throws Exception {
        Utterance utterance = utterance(text, com.sun.speech.freetts.cart.Phraser.class);
        int count = 0;
        for (Item item = utterance.getRelation(Relation.PHRASE).getHead(); item != null; item = item.getNext()) {
            count++;
        }
        return count;
    }

    private static Utterance utterance(String text, Class<?> lastProcessor) throws Exception {
        Tokenizer tokenizer = voice.getTokenizer();
        tokenizer.setInputText(text);
        List<Token> tokens = new ArrayList<>();
        while (tokenizer.hasMoreTokens()) {
            tokens.add(tokenizer.getNextToken());
        }
        Utterance utterance = new Utterance(voice, tokens);
        for (Object processor : voice.getUtteranceProcessors()) {
            ((UtteranceProcessor) processor).processUtterance(utterance);
            if (lastProcessor.isInstance(processor)) {
                break;
            }
        }
        return utterance;
    }

    private static List<String> ourWords(String spoken) {
        return Arrays.stream(spoken.replace("'", "").split("[^a-z]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static List<String> freeTtsWords(String text) throws Exception {
        Utterance utterance = utterance(text, TokenToWords.class);
        List<String> words = new ArrayList<>();
        Relation relation = utterance.getRelation(Relation.WORD);
        for (Item item = relation.getHead(); item != null; item = item.getNext()) {
            String name = item.getFeatures().getString("name").replace("'", "");
            // FreeTTS marks "a" said as the letter "_a"; an "'s" it split off joins its word again
            name = name.equals("_a") ? "a" : name;
            if (item.getFeatures().getString("name").startsWith("'") && !words.isEmpty()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + name);
            } else if (!name.isEmpty()) {
                words.add(name);
            }
        }
        return words;
    }
}
