package hark.script;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Roman numerals where they are numbers: after a ruler's name they are ordinals ("Henry VIII" is "Henry the
 * eighth"), after words like "War", "Chapter" or "Part" and after other names they are cardinals ("World War II" is
 * "World War two"). A lone "I" stays the pronoun unless such a word comes before it, and one-letter forms other
 * than I, V and X are left alone ("Vitamin C"). Stateless and thread-safe.
 */
final class RomanNumerals implements Rewrite {
    private static final Pattern ROMAN = Pattern.compile("\\b([A-Z][a-z]*\\.?)(\\s+)(?=[MDCLXVI])"
            + "(M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?![\\w'-])");
    private static final Set<String> RULERS = Set.of("Louis", "Henry", "Charles", "Philip", "George", "Edward",
            "Pius", "William", "Richard", "Ptolemy", "John", "Paul", "Peter", "Nicholas", "Frederick", "James",
            "Alfonso", "Ivan", "Napoleon", "Leo", "Gregory", "Catherine", "Elizabeth", "Mary", "Benedict", "Clement",
            "Innocent", "Urban", "Boniface", "Alexander", "Constantine", "Ferdinand", "Francis", "Rudolf", "Otto",
            "Gustav", "Gustavus", "Wilhelm", "Friedrich", "Ludwig", "Carlos", "Juan", "Felipe", "Rama", "Mehmed",
            "Suleiman", "Ramesses", "Ramses", "Amenhotep", "Thutmose", "Harald", "Olaf", "Haakon", "Christian",
            "Margrethe", "Victor", "Umberto", "Pedro", "Manuel", "Sancho", "Robert", "David", "Malcolm", "Stephen",
            "Anne", "Victoria", "Isabella", "Joseph", "Leopold", "Albert", "Baudouin", "Willem", "Hussein",
            "Abdullah", "Mohammed", "Akihito", "Selim", "Murad", "Darius", "Xerxes", "Cyrus", "Artaxerxes", "Antiochus",
            "Seleucus", "Herod", "Justinian", "Theodosius", "Basil", "Sixtus", "Julius", "Adrian",
            "Celestine", "Eugene", "Marcus", "Henri", "Jean", "Sigismund", "Casimir", "Wladyslaw", "Jr", "Sr");
    private static final Set<String> TITLES = Set.of("King", "Queen", "Pope", "Emperor", "Empress", "Tsar", "Czar",
            "Tsarina", "Prince", "Princess", "Duke", "Duchess", "Sultan", "Shah", "Kaiser", "Pharaoh", "Count",
            "Countess", "Baron", "Saint", "St.", "Lord", "Earl");
    private static final Set<String> SECTIONS = Set.of("War", "Chapter", "Part", "Volume", "Vol.", "Book", "Act",
            "Scene", "Section", "Article", "Title", "Phase", "Stage", "Level", "Type", "Class", "Grade", "Schedule",
            "Appendix", "Annex", "Episode", "Season", "Series", "Bowl", "Council", "Vatican", "Mark", "Gen", "Apollo",
            "Trek", "Canto", "Psalm", "Amendment", "Round", "Division", "Tier", "Category");

    @Override
    public String apply(String text) {
        return Rewrite.replace(ROMAN, text, m -> {
            String numeral = m.group(3);
            if (numeral.isEmpty()) {
                return null;
            }
            String before = m.group(1);
            String beforeBefore = wordBefore(text, m.start());
            boolean ruler = RULERS.contains(before) && !SECTIONS.contains(beforeBefore)
                    || TITLES.contains(beforeBefore);
            boolean section = SECTIONS.contains(before) && !ruler;
            if (numeral.length() == 1 && !"IVX".contains(numeral) || numeral.equals("I") && !ruler && !section) {
                return null;
            }
            if (!ruler && !section && (numeral.length() < 2 || !numeral.matches("[IVXL]+"))) {
                return null;
            }
            int value = value(numeral);
            return before + m.group(2) + (ruler ? "the " + NumberWords.ordinal(value) : NumberWords.cardinal(value));
        });
    }

    private static String wordBefore(String text, int end) {
        int p = end - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        int q = p;
        while (q >= 0 && (Character.isLetter(text.charAt(q)) || text.charAt(q) == '.')) {
            q--;
        }
        return p < 0 ? "" : text.substring(q + 1, p + 1);
    }

    static int value(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int v = switch (numeral.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                case 'D' -> 500;
                default -> 1000;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
