package hark.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentSnifferTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE html><html><body><p>x</p></body></html>",
        "  \n<!-- saved from url=(0042)https://example.com/ -->\n<html lang=en><head><title>x</title></head>",
        "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>",
        "<div class=\"story\"><p>One paragraph.</p><p>Two.</p></div>",
        "<p>Just paragraphs</p>\n<p>from a fragment</p>",
        "<HEAD><TITLE>Old page</TITLE></HEAD><BODY>text</BODY>",
    })
    void pagesAndFragmentsAreHtml(String text) {
        assertThat(ContentSniffer.looksLikeHtml(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Bold text in HTML\n\nWrap the words in <b> and </b> and the browser makes them bold.\n",
        "How to centre a div\n\nPut a <div> inside another <div> and use flexbox; the <p> stays put.\n",
        "3 < 5 and 7 > 2, as any pupil knows.\n",
        "<<< Back to the index\n\nA headline\n\nA paragraph.\n",
    })
    void pastedArticlesThatMentionTagsAreText(String text) {
        assertThat(ContentSniffer.looksLikeHtml(text)).isFalse();
    }

    @Test
    void aPageDumpWithAFewLinesOfRawAdMarkupIsText() {
        // A text browser's dump keeps an ad slot's markup verbatim: long tags, but on 3 lines of 40.
        String ad = "<div><a href=\"http://ads.example.net/jump/site;sz=300x250;kw=a,b,c;tile=%d\" target=\"_blank\">"
                + "<img alt=\"\" src=\"http://ads.example.net/ad/site;sz=300x250;kw=a,b,c;tile=%d\" /></a></div>";
        StringBuilder page = new StringBuilder("Home | News | Sport\n\nA headline about passwords\n\n");
        for (int i = 0; i < 36; i++) {
            page.append("Paragraph ").append(i).append(" of the story, in plain words.\n\n");
            if (i % 12 == 5) {
                page.append(String.format(ad, i, i)).append("\n\n");
            }
        }
        assertThat(ContentSniffer.looksLikeHtml(page.toString())).isFalse();
    }

    @Test
    void aPageDumpThatBeginsWithATrackingPixelIsText() {
        StringBuilder page = new StringBuilder("<div><img src=\"https://stats.example.com/b?c1=2&c2=7241469\" /></div>\n");
        page.append("  • Home\n  • Mail\n  • News\n\nA headline\n\n");
        for (int i = 0; i < 30; i++) {
            page.append("Paragraph ").append(i).append(" of the story, in plain words and at some length.\n\n");
        }
        assertThat(ContentSniffer.looksLikeHtml(page.toString())).isFalse();
    }

    @Test
    void aFragmentWhoseLinesAllCarryTagsIsHtml() {
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            page.append("Paragraph ").append(i).append(" with <a href=\"https://example.com/a/long/path/").append(i)
                    .append("\">a link</a> and <em>stress</em>.\n");
        }
        assertThat(ContentSniffer.looksLikeHtml(page.toString())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\r\n\t", "\uFEFF \n"})
    void whitespaceIsBlank(String text) {
        assertThat(ContentSniffer.isBlank(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Plain words.\n", "Tabs\tand\r\nnewlines\f", "Ünïcödé ‘quotes’"})
    void ordinaryTextIsNotBinary(String text) {
        assertThat(ContentSniffer.binaryKind(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
    }
}
