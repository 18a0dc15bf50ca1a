package hark.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void englishProseIsEnglish() {
        assertThat(Language.isProbablyEnglish("The committee said on Tuesday that it would review the plan, which "
                + "was announced last year by the mayor of the city.")).isTrue();
    }

    @Test
    void otherLatinLanguagesAreNot() {
        assertThat(Language.isProbablyEnglish("Der Ausschuss erklärte am Dienstag, dass er den Plan prüfen werde, "
                + "der im vergangenen Jahr vom Bürgermeister angekündigt wurde.")).isFalse();
        assertThat(Language.isProbablyEnglish("Le comité a déclaré mardi qu'il examinerait le plan annoncé "
                + "l'année dernière par le maire de la ville.")).isFalse();
    }

    @Test
    void otherScriptsAreNot() {
        assertThat(Language.isProbablyEnglish("委员会周二表示，将审查市长去年宣布的计划。这个计划引起了很多讨论。")).isFalse();
        assertThat(Language.isProbablyEnglish("Комитет заявил во вторник, что рассмотрит план мэра города.")).isFalse();
    }

    @Test
    void tooLittleTextCountsAsEnglish() {
        assertThat(Language.isProbablyEnglish("OK")).isTrue();
        assertThat(Language.isProbablyEnglish("12 34 56 😀")).isTrue();
        assertThat(Language.isProbablyEnglish(null)).isTrue();
    }
}
