package hark.script;

import java.util.List;

/**
 * Times the splitter and normalizer on a 10,000-word article in a warm JVM. Run after {@code mvn -q -o
 * test-compile}:
 *
 * <pre>{@code
 * java -cp "target/classes:target/test-classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *     hark.script.NormalizerBenchmark
 * }</pre>
 *
 * Prints the median of 30 timed runs after 30 warm-up runs (bounded: a few seconds on one core), as thread CPU
 * time and as wall time; on a shared machine the CPU figure is the one to trust.
 */
public final class NormalizerBenchmark {
    static final String PARAGRAPH = "On Nov. 23, 2019, the U.S. Department of Energy said it would spend "
            + "$1.2bn on 12 new plants, a 15% rise from 2018. Dr. Jane A. Doe, Ph.D., told the BBC at 3:45pm that "
            + "the 1980s-era reactors in St. Louis produce 2.5 GW, about 1/3 of the state's power. NATO and the FBI "
            + "were not involved, e.g. in World War II terms. \"It's the 21st century,\" she said. Call 555-0123 or "
            + "visit https://www.energy.gov/news for details. Temperatures hit 30°C and winds reached 100 mph. "
            + "The company, Acme Inc., employs 1,200 people and sells 5-10 million units a year at €30 each. ";

    private NormalizerBenchmark() {}

    public static void main(String[] args) {
        StringBuilder article = new StringBuilder();
        while (Words.count(article.toString()) < 10_000) {
            article.append(PARAGRAPH);
        }
        String text = article.toString();
        EnglishSentenceSplitter splitter = new EnglishSentenceSplitter();
        EnglishNormalizer normalizer = new EnglishNormalizer(PronunciationDictionary.empty());
        long[] split = new long[30];
        long[] normalize = new long[30];
        long[] wall = new long[30];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int words = 0;
        for (int round = 0; round < 60; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            List<String> sentences = splitter.split(text);
            long t1 = cpu.getCurrentThreadCpuTime();
            long w1 = System.nanoTime();
            StringBuilder spoken = new StringBuilder();
            for (String s : sentences) {
                spoken.append(normalizer.speakable(s)).append('\n');
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            long w2 = System.nanoTime();
            if (round >= 30) {
                wall[round - 30] = w2 - w1;
                split[round - 30] = t1 - t0;
                normalize[round - 30] = t2 - t1;
                words = Words.count(spoken.toString());
            }
        }
        java.util.Arrays.sort(split);
        java.util.Arrays.sort(normalize);
        java.util.Arrays.sort(wall);
        System.out.printf("input %d words (%d chars), spoken %d words%n", Words.count(text), text.length(), words);
        System.out.printf("split     median %.1f ms CPU%n", split[15] / 1e6);
        System.out.printf("normalize median %.1f ms CPU, %.1f ms wall (wall includes waiting for a busy CPU)%n",
                normalize[15] / 1e6, wall[15] / 1e6);
    }
}
