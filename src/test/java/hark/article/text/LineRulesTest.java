package hark.article.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each per-line rule: what it drops, and look-alike article lines it must keep. */
class LineRulesTest {
    private static boolean drops(LineRule rule, String text) {
        return rule.drops(Line.of(text));
    }

    @Nested
    class Ads {
        @ParameterizedTest
        @ValueSource(strings = {"Advertisement", "ADVERTISEMENT", "Sponsored", "Story continues below advertisement",
            "Advertisement - Scroll to continue", "SKIP ADVERTISEMENT", "Supported by", "Paid content",
            "Sponsored by Acme Bank", "Article continues below", "1. How relevant is this ad to you?", "Ad Feedback"})
        void dropsAdAndSponsorLabels(String line) {
            assertThat(drops(AdLines.INSTANCE, line)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"The advertising market shrank by 4 percent last year, according to the agency’s annual report.",
            "Supported by strong sales in Asia, the company raised its forecast for the year.",
            "Sponsors pulled out of the tournament after the scandal.", "Advertising revenue fell 5%.",
            "The report continues a trend of rising costs.", "The ad ran on Sunday."})
        void keepsSentencesAboutAdvertising(String line) {
            assertThat(drops(AdLines.INSTANCE, line)).isFalse();
        }
    }

    @Nested
    class Markup {
        @ParameterizedTest
        @ValueSource(strings = {
            "<div><a href=\"http://ads.example.net/jump/site;sz=300x250\" target=\"_blank\"><img alt=\"\" src=\"http://ads.example.net/ad/site\" /></a></div>",
            "[tour_mpu_20150324] * <img id=\"pixel\" src=\"/ivw/CP/0.gif\" width=\"1\" height=\"1\" alt=\"\">",
            "<br/>"})
        void dropsRawMarkupLines(String line) {
            assertThat(drops(MarkupLines.INSTANCE, line)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Put a <div> inside another <div> and use flexbox; the <p> stays put.",
            "3 < 5 and 7 > 2, as any pupil knows.", "Wrap the words in <b> and </b> and the browser makes them bold."})
        void keepsSentencesThatMentionTags(String line) {
            assertThat(drops(MarkupLines.INSTANCE, line)).isFalse();
        }
    }

    @Nested
    class ImagePlaceholders {
        @ParameterizedTest
        @ValueSource(strings = {"[HighDemand]", "[00xi-olymp]", "[ab89c]", "[logo] [51T]", "bandb2.jpg",
            "hotel-door-getty.JPG", "Lifestyle-hotels.jpg", "chart_2024(1).png",
            "[INS:Slow:INS] [INS:Computer?:INS] [INS:You:INS] [INS:Don't:INS] [INS:Need:INS]Xtra-PC",
            "[INS:Slow:INS] [INS:Computer?:INS] [INS:You:INS] [INS:Don't:INS] [INS:Need:INS] [INS:to:INS] [INS:Buy:INS]"})
        void dropsThePlaceholdersOfPicturesAndAdSlots(String line) {
            assertThat(drops(ImagePlaceholderLines.INSTANCE, line)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"[Editor's note: This story was updated on Monday to correct the date of the vote.]",
            "[1] Smith, J. (2020). A study of trams.", "The court [of appeal] ruled today.", "[Updated] Talks resume",
            "Save it as photo.jpg.", "Open report.png in the viewer"})
        void keepsBracketedNotesAndSentences(String line) {
            assertThat(drops(ImagePlaceholderLines.INSTANCE, line)).isFalse();
        }
    }

    @Nested
    class SiteNotices {
        @ParameterizedTest
        @ValueSource(strings = {"PC Example is supported by its audience. When you buy through links on our site, we may "
            + "earn an affiliate commission. Learn more", "Advertising disclosure: We may receive compensation for some links.",
            "We recommend the best products through an independent review process, and advertisers do not influence our picks.",
            "Dein Browser ist leider veraltet.", "JavaScript is disabled. For a better experience, "
            + "please enable JavaScript in your browser before proceeding.", "Sie haben Javascript für Ihren Browser deaktiviert.",
            "Vielen Dank für Ihre Anmeldung.", "Der Artikel wurde erfolgreich hinzugefügt.", "A password will be e-mailed to you.",
            "Ein Passwort wird Ihnen per E-Mail zugeschickt.", "*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.",
            "Werbung", "Anzeige, enthält Affiliate Links",
            "Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler, z.B. für solche mit -Symbol.",
            "This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases."})
        void dropsWhatTheSiteSaysToTheVisitor(String line) {
            assertThat(drops(SiteNoticeLines.INSTANCE, line)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Werbung mit Fotografien der eigenen Leistung ist ein tolles Marketing-Instrument für Handwerker.",
            "The browser wars of the 1990s ended when Netscape lost its market share.",
            "Thank you for your patience, the mayor told residents on Sunday."})
        void keepsSentencesAboutBrowsersAndAdvertising(String line) {
            assertThat(drops(SiteNoticeLines.INSTANCE, line)).isFalse();
        }
    }

    @Nested
    class LeftoverMarkers {
        @ParameterizedTest
        @ValueSource(strings = {"Schreib einen Kommentar", "Kommentar hinzufügen", "Post a Comment", "View Comments",
            "Teilen:", "3 Kommentare", "Share this", "Related"})
        void dropsMarkerLinksLeftAboveTheCut(String line) {
            assertThat(drops(LeftoverMarkerLines.INSTANCE, line)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Comments from residents poured in after the meeting.", "Related to this, the council voted no.",
            "Share prices fell."})
        void keepsSentences(String line) {
            assertThat(drops(LeftoverMarkerLines.INSTANCE, line)).isFalse();
        }
    }

    @Nested
    class TokenLists {
        @Test
        void dropsLongListsOfUserNamesAndKeywords() {
            String kudos = String.join(", ", java.util.Collections.nCopies(12, "KuroKitsune, jenny_jenka2"));
            assertThat(drops(TokenListLines.INSTANCE, kudos)).isTrue();
            assertThat(drops(TokenListLines.INSTANCE, "Forschung, Wissenschaft, Weltraum, Raumfahrt, Nasa, Weltall, "
                    + "Mars, Planet, Tor, Portal, Space, Astronomie, Sonne, Mond, Erde, Saturn, Jupiter, Venus, Merkur, "
                    + "Uranus, Neptun")).isTrue();
        }

        @Test
        void keepsSentencesWithTheirOwnLists() {
            assertThat(drops(TokenListLines.INSTANCE, "You will need flour, sugar, eggs, butter, milk, salt, yeast, "
                    + "vanilla and a little patience.")).isFalse();
            assertThat(drops(TokenListLines.INSTANCE, String.join(", ", java.util.Collections.nCopies(25,
                    "the mayor of the city")))).isFalse();
        }
    }

    @Nested
    class PlayerWidget {
        @ParameterizedTest
        @ValueSource(strings = {"Captions will look like this", "75% (transparency)", "100% (opaque)", "Close Modal Dialog",
            "Beginning of dialog window. Escape will cancel and close the window.", "Select Voice", "Choose your listening speed", "Get through articles 2x faster",
            "1.25x", "2x", "250 WPM", "Slow", "Average", "Fast", "Listen to this article", "Listen to article 5 min",
            "0:00 / 6:12", "Powered by Trinity Audio", "Text size", "AAA", "A A A", "AA A", "a a ",
            "captions off, selected", "default, selected", "captions settings, opens captions settings dialog",
            "Subtitles", "Chapters", "Fullscreen", "Current Time 0:00", "Remaining Time -0:00", "Loaded: 0%",
            "Ouvir o texto", "Escuchar la noticia", "Écouter cet article", "Artikel anhören", "Vorlesen lassen",
            "Diminuir fonte", "Aumentar fonte", "Schrift vergrößern", "Réduire la taille du texte", "Increase font size",
            "Loading", "Loading...", "Carregando…",
            "This is a modal window. This modal can be closed by pressing the Escape key or activating the close button."})
        void dropsAudioPlayerText(String line) {
            assertThat(drops(PlayerWidgetLines.INSTANCE, line)).isTrue();
        }

        @Test
        @Timeout(60) // a hang guard: with "a+ ?a+ ?a*" a line of 1,000 a's took 10 s and 5,000 took hours
        void aLongRunOfOneLetterIsNoWidgetAndIsJudgedInLinearTime() {
            assertThat(drops(PlayerWidgetLines.INSTANCE, "a".repeat(5_000) + " x")).isFalse();
            assertThat(drops(PlayerWidgetLines.INSTANCE, "A" + " a".repeat(3))).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Fast fashion is filling landfills in Ghana.", "Listen to the whales, she said.",
            "The voice assistant market is growing quickly, analysts say.", "Twelve jurors, selected from 300 people.",
            "This is a modal verb, the teacher said.", "Captions matter for deaf viewers.",
            "Loading the ship took two days.", "Aumentar a fonte de receita é a prioridade do governo."})
        void keepsArticleLines(String line) {
            assertThat(drops(PlayerWidgetLines.INSTANCE, line)).isFalse();
        }
    }

    @Nested
    class ReadingTime {
        @ParameterizedTest
        @ValueSource(strings = {"Reading Time:3 minutes", "5 min read", "3-minute read", "Estimated reading time: 7 minutes",
            "12 min read · Mar 3, 2024", "About 4 minutes to read"})
        void dropsReadingTimeNotes(String line) {
            assertThat(drops(ReadingTimeLines.INSTANCE, line)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"It takes 5 minutes to read the whole report, she said.", "Reading time is family time"})
        void keepsOtherLines(String line) {
            assertThat(drops(ReadingTimeLines.INSTANCE, line)).isFalse();
        }
    }

    @Nested
    class Share {
        @ParameterizedTest
        @ValueSource(strings = {"Share", "Share this article", "Facebook Twitter Email", "Copy link", "Tweet",
            "Follow us on Instagram", "Follow BBC Sport on Facebook, X and Instagram", "24 comments", "Follow",
            "Share on WhatsApp", "Link Copied!", "View all comments", "Save for later", "Comments (12)",
            "Join our WhatsApp channel", "Copy LinkCopy LinkShare on FacebookShare on FacebookShare on TwitterShare on Twitter",
            "Mit Freunden teilen", "Seite drucken", "Informate más", "Dowiedz się więcej", "Externer Inhalt", "twittern"})
        void dropsShareAndFollowPrompts(String line) {
            assertThat(drops(ShareLines.INSTANCE, line)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Facebook shares fell 5 percent on Tuesday after the report.", "Share prices rose.",
            "More than 300 people follow the account.", "McDonald and FedEx shares fell.", "Teilen ist menschlich, sagt die Forscherin.",
            "Learn more about the tram on the council's website."})
        void keepsNewsAboutTheSameWords(String line) {
            assertThat(drops(ShareLines.INSTANCE, line)).isFalse();
        }
    }

    @Nested
    class Newsletter {
        @ParameterizedTest
        @ValueSource(strings = {"Sign up for our Well newsletter", "Subscribe", "Already a subscriber? Log in",
            "Get the best of our health coverage delivered to your inbox every Tuesday.",
            "By signing up, you agree to our Privacy Policy and Terms of Use.", "Support our journalism. Subscribe for unlimited access.",
            "You have 2 free articles left this month", "The Morning Newsletter", "Enter your email address",
            "Headlines Delivered to Your Inbox", "Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang schicken.",
            "Keine Neuigkeiten aus der Branche mehr verpassen: Abonnieren Sie kostenlos unseren Newsletter.",
            "For the latest stories and breaking news updates download the Example News apps for iOS and Android.",
            "Missing out on the latest developments? Enter your email below to receive future announcements."})
        void dropsSubscriptionPrompts(String line) {
            assertThat(drops(NewsletterLines.INSTANCE, line)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"The paper’s newsletter now has 200,000 readers, up from 50,000 last year.",
            "Subscribers to the service will pay $2 more a month from June.", "Get out of the water, the lifeguard shouted.",
            "Get access to clean water remains a problem in the region", "Support from member states grew.",
            "Login attempts rose by a fifth after the breach, the bank said.",
            "Die Zeitung hat ihren Newsletter eingestellt, weil zu wenige Leser ihn abonniert hatten.",
            "Users can download the app for iOS and Android from Monday, the company said.",
            "Melden Sie sich als Zeuge, bat die Polizei am Dienstag."})
        void keepsReportingAboutSubscriptions(String line) {
            assertThat(drops(NewsletterLines.INSTANCE, line)).isFalse();
        }
    }

    @Nested
    class Cookies {
        @ParameterizedTest
        @ValueSource(strings = {"Please accept our privacy terms", "We use cookies and similar technologies to improve your "
            + "browsing experience, personalize content and offers, show targeted ads, analyze traffic, and understand where our "
            + "audiences come from. To learn more or opt-out, read our Cookie Policy. In addition, please read our Privacy "
            + "Policy, which has also been updated and became effective May 23rd, 2018. By choosing I Accept, you consent to "
            + "our use of cookies and other tracking technologies, and to the collection of your data for these purposes.",
            "We use cookies to improve your experience on our site.",
            "This site uses cookies to give you the best experience. By continuing to browse, you agree to our use of cookies.",
            "Accept all", "Reject all", "Manage preferences", "We value your privacy", "Cookie settings",
            "We and our 842 partners store and/or access information on a device, such as cookies.",
            "Nous utilisons des cookies pour améliorer l'offre que nous vous proposons.",
            "Diese Webseite verwendet Cookies. Die Betreiber dieser Webseite nutzen Cookies für Statistiken.",
            "Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.",
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
            "Korzystamy z plików cookies, aby ułatwić Ci korzystanie z serwisu.",
            "Questo sito utilizza i cookie per migliorare la tua esperienza."})
        void dropsCookieNotices(String line) {
            assertThat(drops(CookieLines.INSTANCE, line)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Google will stop supporting third-party cookies in Chrome next year, the company said.",
            "She baked cookies for the volunteers every Friday.", "We baked cookies with our children on Sunday.",
            "Die Bäckerei verkauft Cookies nach amerikanischem Rezept, sagt die Inhaberin."})
        void keepsArticlesAboutCookies(String line) {
            assertThat(drops(CookieLines.INSTANCE, line)).isFalse();
        }
    }

    @Nested
    class Captions {
        @ParameterizedTest
        @ValueSource(strings = {"US Defence Secretary Mark Esper speaks in Seoul. Photo: Reuters",
            "Volodymyr Zelenskiy at a press conference in Kyiv. Photograph: Efrem Lukatsky/AP",
            "Measurements at the glacier showed the ice thinning (Getty Images)", "Image credit: NASA",
            "Protesters gather outside parliament (AP Photo/Evan Vucci)", "Getty Images", "Reuters/Gleb Garanich",
            "Hector Retamal/AFP/Getty Images", "Image source, Getty Images", "Image caption, Firefighters at the scene",
            "A cooling center in Phoenix last summer.Credit...Adriana Zehbrauskas for The New York Times",
            "Pictured: the new bridge at dusk", "1 of 12", "Enlarge this image", "Foto: Christof Stache",
            "Bild: Jahr Media", "Titelbild: Stefan Müller", "Foto: GdP/Hagen Immel",
            "Eileen Gu, Freestylerin. © GETTY IMAGES NORTH AMERICA / MADDIE MEYER", "Weltspitze angekommen. (Foto: Privat)",
            "Quelle: jorisvo / Fotolia.com", "Kuva: ALEXANDER BECHER", "Smoke rises over the harbour (Reuters)",
            "Zum Vergrößern auf das Bild klicken"})
        void dropsCaptionsAndCredits(String line) {
            assertThat(drops(CaptionLines.INSTANCE, line)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Yonhap News Agency reported the talks had stalled.",
            "The photo was taken by a tourist, police said.", "He told Reuters the deal was close.",
            "Das Foto zeigt den Bürgermeister bei der Eröffnung.", "Die Bilder der Kamera wurden später ausgewertet.",
            "The logo is © Acme Corporation and may not be reused.",
            "Der Geheimdienst nahm damals an, dass Kim wegen einer Zyste im rechten Sprunggelenk operiert worden sei. Die Zyste "
                + "könne sich jederzeit neu bilden, hieß es. (FR mit dpa)"})
        void keepsSentencesThatMentionPhotosOrAgencies(String line) {
            assertThat(drops(CaptionLines.INSTANCE, line)).isFalse();
        }

        @org.junit.jupiter.api.Test
        void aCreditAloneOnItsLineTakesTheCaptionAboveIt() {
            var lines = java.util.List.of(Line.of("Paragraph one is here and it is long enough to be prose."),
                    new Line("An Apple store in Shanghai.", true, false, Line.Role.BODY),
                    new Line("Hector Retamal/AFP/Getty Images", false, false, Line.Role.BODY));
            assertThat(CaptionLines.INSTANCE.apply(lines)).extracting(Line::text)
                    .containsExactly("Paragraph one is here and it is long enough to be prose.");
        }
    }

    @Nested
    class Navigation {
        @ParameterizedTest
        @ValueSource(strings = {"·", "--", "142", "Home › Science › Space", "News / World / Asia", "Skip to main content",
            "Menu", "Read more: Why the pact matters", "This article is more than 1 year old", "Why you can trust SCMP",
            "Topics", "Explore more on these topics", "See more on: Climate Change", "Click here to read more",
            "A version of this article appears in print on June 19, 2024, Section A, Page 1 of the New York edition.",
            "© 2024 The Example Times. All rights reserved.", "© 2024 Example Media", "Got a tip? Email us", "jane.doe@example.com", "@janedoe"})
        void dropsSiteChrome(String line) {
            assertThat(drops(NavigationLines.INSTANCE, line)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Prices rose 3% / year over the decade.", "Menu prices at the restaurant doubled.",
            "Read more books, the minister urged.", "Copyright lawyers say the ruling will be appealed next month.",
            "She wrote to jane.doe@example.com and got no reply for three weeks."})
        void keepsProse(String line) {
            assertThat(drops(NavigationLines.INSTANCE, line)).isFalse();
        }
    }
}
