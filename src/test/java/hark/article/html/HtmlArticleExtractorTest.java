package hark.article.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hark.HarkException;
import hark.Slow;
import hark.article.Article;
import hark.article.Block;
import hark.article.BlockKind;
import hark.article.ExtractionOptions;
import hark.source.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlArticleExtractorTest {
    private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor(ExtractionOptions.DEFAULT);

    static Source page(String resource) {
        try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/html/" + resource)) {
            return html(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Source html(String origin, String text) {
        return new Source(origin, text, Source.Format.HTML, "");
    }

    private static String body(Article article) {
        return String.join("\n", article.blocks().stream().map(Block::text).toList());
    }

    @Test
    void aRemovedBlockBetweenTwoWordsLeavesThemApartAndAHiddenOneDoesNot() {
        String prose = " and the council met on Monday to agree a budget for the next year, after months of talks"
                + " between its members, which all of them said had been long.";
        for (String furniture : new String[] {"<nav><a href=/>Home</a></nav>", "<aside>Related</aside>",
                "<div class=\"share-bar\">Share this</div>", "<button>Play</button>", "<svg><text>icon</text></svg>"}) {
            String body = body(EXTRACTOR.extract(html("x.html", "<html><body><article><div>The story starts here"
                    + furniture + "and goes on" + prose + "</div></article></body></html>")));
            assertThat(body).as(furniture).contains("here and goes on").doesNotContain("hereand");
        }
        // hidden text is not drawn, so the word around it closes up, as on screen
        String hidden = body(EXTRACTOR.extract(html("x.html", "<html><body><article><p>The story starts on Mon"
                + "<span style=\"display:none\">xyz</span>day" + prose + "</p></article></body></html>")));
        assertThat(hidden).contains("on Monday and the council");
    }

    @Test
    void escapeSequencesWrittenAsCharacterReferencesGoWhole() {
        Article article = EXTRACTOR.extract(html("x.html", "<html><head><title>&#27;]52;c;SGVsbG8=&#7;Budget day"
                + "&#x1B;]8;;http://evil.example/&#x07;</title></head><body><article><p>The council&#7;met on Monday"
                + " to agree a budget for the next year, after months of talks between its members, which all of"
                + " them said had been long and hard.</p></article></body></html>"));
        assertThat(article.title()).isEqualTo("Budget day");
        assertThat(body(article)).startsWith("The council met on Monday");
    }

    @Test
    void keepsEveryParagraphOfTheArticleInOrder() {
        String body = body(EXTRACTOR.extract(page("clutter-news.html")));
        assertThat(body).containsSubsequence("a colony of harbour seals has settled",
                "forty-two harbour seals on Saturday morning", "fish have come back to the channel",
                "keep dogs on leads near the pier", "first pups of the season");
    }

    @ParameterizedTest(name = "drops \"{0}\"")
    @ValueSource(strings = {
        "We use cookies", // cookie banner
        "Sport", // navigation
        "Home", // breadcrumbs
        "Share on Facebook", // share bar
        "Sign up for weekly wildlife news", // newsletter box
        "Get our nature newsletter", // newsletter heading
        "Otters spotted in the mill pond", // related stories
        "Related stories",
        "Lovely to see them back", // comments
        "Bridge closes for repairs", // most-read sidebar
        "Jane Marsh has covered environment news", // author box
        "Seals on the north sandbank", // figcaption
        "Photo: Tom Reed", // credit
        "Seals resting on a sandbank", // alt text
        "Hidden teaser text", // display:none
        "Another hidden paragraph", // hidden attribute
        "Decorative text hidden", // aria-hidden
        "Advertisement", // ad label
        "Copyright 2024", // footer
        "tracking code", // script
        "color: red" // style
    })
    void dropsClutter(String clutter) {
        Article article = EXTRACTOR.extract(page("clutter-news.html"));
        assertThat(body(article)).doesNotContain(clutter);
    }

    @Test
    void readsTitleAndMetadataAndDoesNotRepeatTheTitleInTheBody() {
        Article article = EXTRACTOR.extract(page("clutter-news.html"));
        assertThat(article.title()).isEqualTo("Harbour seals return to the estuary");
        assertThat(article.metadata().byline()).isEqualTo("Jane Marsh");
        assertThat(article.metadata().site()).isEqualTo("The Coastal Courier");
        assertThat(article.metadata().published()).isEqualTo("2024-03-05T08:30:00Z");
        assertThat(article.metadata().language()).isEqualTo("en-GB");
        assertThat(article.blocks().get(0).text()).isNotEqualTo(article.title());
        assertThat(body(article)).doesNotContain("Harbour seals return to the estuary");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<meta property=\"og:site_name\" content=\"India Post\">",
        "<meta property=\"og:site_name\" content=\"India Post\"><meta property=\"og:title\" content=\"India Post\">"})
    void takesTheHeadlineWhenTheTitleIsOnlyTheSiteName(String meta) {
        String paragraph = "<p>Parcel rates rise on Monday for the first time in six years, the postal service said, "
                + "citing the cost of fuel and the wages of its three hundred thousand staff across the country.</p>";
        Article article = EXTRACTOR.extract(html("post.html", "<html><head><title>India Post</title>" + meta
                + "</head><body><article><h1>Parcel rates rise for the first time in six years</h1>" + paragraph
                + paragraph.replace("Parcel", "Letter") + "</article></body></html>"));
        assertThat(article.title()).isEqualTo("Parcel rates rise for the first time in six years");
    }

    @Test
    void givesEachBlockItsKind() {
        List<Block> blocks = EXTRACTOR.extract(page("clutter-news.html")).blocks();
        assertThat(blocks).contains(
                new Block(BlockKind.HEADING, "A careful welcome"),
                new Block(BlockKind.QUOTE, "We never thought we would see them here again, and it is a real sign"
                        + " that the river is recovering."),
                new Block(BlockKind.LIST_ITEM, "Keep dogs on a lead near the pier at all times."),
                new Block(BlockKind.LIST_ITEM, "Do not approach or feed seals resting on the sand."),
                new Block(BlockKind.TABLE, "Year, Seals counted"),
                new Block(BlockKind.TABLE, "2024, 42"));
        assertThat(blocks).noneMatch(b -> b.kind() == BlockKind.CAPTION);
    }

    @Test
    void readsLinksAsTheirTextAndOneLineBreakAsASpace() {
        List<Block> blocks = EXTRACTOR.extract(page("clutter-news.html")).blocks();
        assertThat(blocks).contains(Block.paragraph("Walkers are asked to keep dogs on leads near the pier, and to stay"
                + " at least fifty metres from any seal hauled out on the sand. The council will put up signs this"
                + " week."));
    }

    @Test
    void twoLineBreaksInARowStartANewBlock() {
        String text = "<html><body><article><div>The first paragraph of the letter runs on for a while, with commas,"
                + " clauses, and asides.<br><br>The second paragraph starts after a blank line and says something"
                + " else entirely, at some length.</div></article></body></html>";
        List<Block> blocks = EXTRACTOR.extract(html("brs", text)).blocks();
        assertThat(blocks).extracting(Block::text).containsExactly(
                "The first paragraph of the letter runs on for a while, with commas, clauses, and asides.",
                "The second paragraph starts after a blank line and says something else entirely, at some length.");
    }

    @Test
    void keepsAStandfirstSetApartAboveTheBody() {
        String text = "<html><body><div class=\"head\"><h1>Bridge reopens</h1><p class=\"lead\">The old footbridge"
                + " reopened on Monday after two years of repairs.</p></div><div class=\"body\">"
                + "<p>Engineers replaced every plank, and the railings, and most of the bolts along the span.</p>".repeat(4)
                + "</div></body></html>";
        List<Block> blocks = EXTRACTOR.extract(html("lead.html", text)).blocks();
        assertThat(blocks.get(0)).isEqualTo(new Block(BlockKind.STANDFIRST,
                "The old footbridge reopened on Monday after two years of repairs."));
        assertThat(blocks.get(1).text()).startsWith("Engineers replaced every plank");
    }

    @Test
    void keepsAnUnnamedStandfirstRightAfterTheHeadline() {
        String text = "<html><body><main><header><div class=\"css-1rk3\"><h1>Salt and the city</h1></div>"
                + "<p class=\"css-z6dj\">The city's old pipes are hard to keep up, and winter salt makes it worse.</p>"
                + "</header><section><div>" + prose(4) + "</div></section></main></body></html>";
        List<Block> blocks = EXTRACTOR.extract(html("deck.html", text)).blocks();
        assertThat(blocks.get(0)).isEqualTo(new Block(BlockKind.STANDFIRST,
                "The city's old pipes are hard to keep up, and winter salt makes it worse."));
        assertThat(blocks.get(1).text()).startsWith("At meeting number 1");
    }

    @Test
    void includesCaptionsAndAltTextOnlyWhenAsked() {
        Article article = new HtmlArticleExtractor(new ExtractionOptions(true)).extract(page("clutter-news.html"));
        assertThat(article.blocks()).contains(
                new Block(BlockKind.CAPTION, "Seals resting on a sandbank at low tide"),
                new Block(BlockKind.CAPTION, "Seals on the north sandbank. Photo: Tom Reed"));
        assertThat(body(article)).contains("forty-two harbour seals");
    }

    @Test
    void usesTheJsonLdBodyWhenThePageShowsOnlyATeaserOfIt() {
        Article article = EXTRACTOR.extract(page("json-ld-body.html"));
        assertThat(article.title()).isEqualTo("Der Fluss kehrt zurück");
        assertThat(article.metadata().byline()).isEqualTo("Anna Berg and Jonas Roth");
        assertThat(article.metadata().language()).isEqualTo("de");
        assertThat(article.blocks()).hasSize(3);
        assertThat(body(article)).contains("die ersten Forellen", "neu bepflanzt").doesNotContain("abonnieren");
    }

    @Test
    void prefersThePageTextWhenItCoversTheJsonLdBody() {
        String text = "<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\",\"articleBody\":"
                + "\"An unrelated summary the page does not show, long enough to count as a body of text: " + "x ".repeat(200)
                + "\"}</script></head><body><article><p>" + "The page's own paragraph, with its commas, clauses, and words. ".repeat(12)
                + "</p></article></body></html>";
        assertThat(body(EXTRACTOR.extract(html("p", text)))).startsWith("The page's own paragraph");
    }

    /** Distinct paragraphs of plain prose, so that none is dropped as a repeat. */
    private static String prose(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            out.append("<p>At meeting number ").append(i).append(" the committee went through the agenda item by item,"
                    + " with questions, answers, and a vote at the end, as it does every month.</p>");
        }
        return out.toString();
    }

    @Test
    void keepsAFormulaWhoseContainerHasAMenuLikeClassName() {
        String text = "<html><body><article>" + prose(3) + "<p>When</p><mjx-container class=\"MathJax"
                + " CtxtMenu_Attached_0\"><math><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-container>, there are"
                + " two solutions.<div class=\"menu\"><a href=\"/a\">Home</a> <a href=\"/b\">About</a></div>"
                + "</article></body></html>";
        String body = body(EXTRACTOR.extract(html("math.html", text)));
        assertThat(body).contains("a≠0").contains("two solutions").doesNotContain("About");
    }

    @Test
    void keepsHeadingsThatLinkOnlyToAnchorsOnThePage() {
        String text = "<html><body><article><h2><a href=\"#toc\">Setting up</a><a href=\"#setting-up\">¶</a>"
                + "</h2>" + prose(2) + "<h2><a href=\"https://example.com/other\">Another story</a></h2>"
                + prose(2).replace("At", "After") + "</article></body></html>";
        List<Block> blocks = EXTRACTOR.extract(html("anchors.html", text)).blocks();
        assertThat(blocks).contains(new Block(BlockKind.HEADING, "Setting up¶"));
        assertThat(blocks).extracting(Block::text).doesNotContain("Another story");
    }

    @Test
    void keepsASubListOfLinksUnderAListItem() {
        String links = "<li><a href=\"/bug/1\">Bug 1 – Window flickers on resize</a></li>"
                + "<li><a href=\"/bug/2\">Bug 2 – Menu opens twice</a></li>";
        String text = "<html><body><article>" + prose(4) + "<ul><li>We fixed several bugs this week, and more"
                + " are on the way.</li><li>The new tab page loads faster, thanks to a smaller cache.</li>"
                + "<li>Printing handles page ranges, such as 1-3 and 6.</li><li>In progress:<ul>" + links + "</ul></li></ul>" + prose(1).replace("At", "After")
                + "<ul>" + links.replace("Bug", "Story") + "</ul></article></body></html>";
        String body = body(EXTRACTOR.extract(html("sublist.html", text)));
        assertThat(body).contains("Bug 1 – Window flickers on resize").doesNotContain("Story 1");
    }

    @Test
    void dropsAPhotoGalleryAsCaptionsEvenWhenItHoldsMostOfTheText() {
        StringBuilder legends = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            legends.append("<li><h2>").append(i).append("/8 Photo number ").append(i).append("</h2><p>Picture ").append(i)
                    .append(" shows the harbour wall at dawn, with gulls, fishing boats, and the lighthouse behind"
                            + " them, taken from the end of the pier.</p></li>");
        }
        String text = "<html><body><article>" + prose(3) + "<div class=\"full-gallery\"><ul>" + legends
                + "</ul></div></article></body></html>";
        String body = body(EXTRACTOR.extract(html("gallery.html", text)));
        assertThat(body).contains("At meeting number 3").doesNotContain("harbour wall");
        String onlyGallery = "<html><body><div class=\"slideshow\"><ul>" + legends + "</ul></div></body></html>";
        assertThat(body(EXTRACTOR.extract(html("slideshow.html", onlyGallery)))).contains("harbour wall at dawn");
    }

    @Test
    void dropsAStreamOfOtherStoriesBesideTheArticle() {
        StringBuilder feed = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            feed.append("<li><h3><a href=\"/story/").append(i).append("\">Other story ").append(i).append("</a></h3><p>Story ")
                    .append(i).append(" tells of a town council, a budget, and a long argument about parking that ran"
                            + " until midnight, with no decision at the end of it all.</p></li>");
        }
        String text = "<html><body><div id=\"main\"><section><div><div>" + prose(8) + "</div></div></section>"
                + "<div class=\"remote\"><ul id=\"Stream\">" + feed + "</ul></div></div></body></html>";
        String body = body(EXTRACTOR.extract(html("stream.html", text)));
        assertThat(body).contains("At meeting number 8").doesNotContain("parking");
    }

    @Test
    void keepsALinkedHeadingThatIntroducesProseButNotATeaserHeadline() {
        String text = "<html><body><article>" + prose(3) + "<h3><a href=\"https://games.example/rez\">Rez ($30)</a>"
                + "</h3><div class=\"video\"><iframe src=\"https://video.example/1\"></iframe></div>" + "<p>A cult"
                + " shooter rebuilt for the headset, with music that rises as you play, and levels that feel new even"
                + " to those who knew the original well, years ago, on another console.</p>" + prose(2).replace("At", "After") + "<h3><a"
                + " href=\"https://news.example/other\">Another story entirely</a></h3><p>Short teaser.</p>"
                + "</article></body></html>";
        List<Block> blocks = EXTRACTOR.extract(html("linked-headings.html", text)).blocks();
        assertThat(blocks).contains(new Block(BlockKind.HEADING, "Rez ($30)"));
        assertThat(blocks).extracting(Block::text).doesNotContain("Another story entirely");
    }

    @Test
    void refusesAPageWithoutArticleTextNamingTheInput() {
        assertThatThrownBy(() -> EXTRACTOR.extract(page("no-article.html")))
                .isInstanceOf(HarkException.class)
                .hasMessageStartingWith("no-article.html: no article text found")
                .satisfies(e -> assertThat(((HarkException) e).exitCode()).isEqualTo(HarkException.INPUT));
    }

    @Test
    void refusesEmptyAndFramesetPagesWithoutCrashing() {
        for (String text : List.of("", "<html><body></body></html>",
                "<html><frameset><frame src=\"a.html\"><frame src=\"b.html\"></frameset></html>")) {
            assertThatThrownBy(() -> EXTRACTOR.extract(html("page.html", text))).isInstanceOf(HarkException.class);
        }
    }

    @Test
    @Slow // a page nested 20,000 levels deep
    void survivesDeeplyNestedMarkup() {
        String text = "<div>".repeat(20_000) + "<p>" + "Deep text, with commas, that is still an article. ".repeat(10)
                + "</p>" + "</div>".repeat(20_000);
        assertThat(body(EXTRACTOR.extract(html("deep.html", text)))).contains("Deep text, with commas");
    }

    // How long this takes is a benchmark (bench/extraction/BigPage.java), not a test: a loaded machine varies 20x.
    @Test
    @Slow
    void extractsAFiveMegabytePage() {
        String paragraph = "<p>Paragraph text with enough words, commas, and clauses to count as prose in an article"
                + " that goes on and on about the harbour, the seals, and the volunteers who count them.</p>\n";
        String nav = "<ul class=\"menu\"><li><a href=\"/x\">Link one</a></li><li><a href=\"/y\">Link two</a></li></ul>\n";
        StringBuilder page = new StringBuilder("<html><body>");
        while (page.length() < 5_000_000) {
            page.append("<div class=\"section\">").append(nav).append(paragraph.repeat(20)).append("</div>\n");
        }
        page.append("</body></html>");
        Article article = EXTRACTOR.extract(html("big.html", page.toString()));
        assertThat(article.blocks()).hasSizeGreaterThan(1000);
        assertThat(body(article)).contains("the volunteers who count them").doesNotContain("Link one");
    }
}
