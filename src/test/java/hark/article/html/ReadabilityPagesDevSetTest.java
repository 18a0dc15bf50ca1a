package hark.article.html;

import static org.assertj.core.api.Assertions.assertThat;

import hark.HarkException;
import hark.SharedData;
import hark.Slow;
import hark.article.ExtractionOptions;
import hark.source.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over Mozilla Readability's 130 test pages and checks the token-shingle F1 of
 * score-extraction (4-token shingles, per-page precision and recall averaged) against a floor, so that a change
 * that breaks extraction on real pages fails fast. The official figure comes from ../shared/tools/score-extraction.
 */
@Slow
class ReadabilityPagesDevSetTest {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void tokenShingleF1StaysAboveTheFloor() throws IOException {
        Path set = SharedData.require("devset/readability-pages");
        HtmlArticleExtractor extractor = new HtmlArticleExtractor(ExtractionOptions.DEFAULT);
        List<double[]> rows = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> dirs = Files.list(set)) {
            pages = dirs.filter(d -> Files.isRegularFile(d.resolve("source.html.gz"))).sorted().toList();
        }
        for (Path dir : pages) {
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("source.html.gz")))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String text;
            try {
                text = extractor.extract(new Source(dir.toString(), html, Source.Format.HTML, "")).toPlainText();
            } catch (HarkException e) {
                text = "";
            }
            rows.add(score(Files.readString(dir.resolve("expected.txt")), text));
        }
        double p = rows.stream().filter(r -> r[0] + r[1] > 0).mapToDouble(r -> ratio(r[0], r[1], r[2], r[1]))
                .average().orElse(0);
        double r = rows.stream().filter(x -> x[0] + x[2] > 0).mapToDouble(x -> ratio(x[0], x[1], x[2], x[2]))
                .average().orElse(0);
        double f1 = 2 * p * r / (p + r);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(100);
        assertThat(f1).as("readability-pages token-shingle F1 (P %.3f R %.3f)", p, r).isGreaterThan(0.92);
    }

    /** Normalised true positives, false positives and false negatives of one page, as score-extraction counts. */
    private static double[] score(String expected, String predicted) {
        Map<List<String>, Integer> truth = shingles(expected);
        Map<List<String>, Integer> found = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : found.entrySet()) {
            int t = truth.getOrDefault(e.getKey(), 0);
            tp += Math.min(t, e.getValue());
            fp += Math.max(0, e.getValue() - t);
        }
        for (Map.Entry<List<String>, Integer> e : truth.entrySet()) {
            fn += Math.max(0, e.getValue() - found.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new double[3] : new double[] {tp / sum, fp / sum, fn / sum};
    }

    /** Precision (other = fp) or recall (other = fn), with score-extraction's conventions for empty cases. */
    private static double ratio(double tp, double fp, double fn, double other) {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        return tp + other == 0 ? 0 : tp / (tp + other);
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - 3); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + 4));
            if (!shingle.isEmpty()) {
                out.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return out;
    }
}
