package hark.script;

import java.util.Locale;
import java.util.Set;

/**
 * English abbreviations that end in a full stop, grouped by how they behave at a possible sentence end. Immutable
 * and thread-safe.
 *
 * <ul>
 *   <li>{@link Kind#TITLE}: stands before a name ("Mr.", "Dr.", "Gen."), so it never ends a sentence.
 *   <li>{@link Kind#BEFORE_NUMBER}: stands before a number ("No. 10", "p. 55", "Nov. 23").
 *   <li>{@link Kind#INNER}: joins two parts of a sentence ("vs.", "e.g.", "i.e.").
 *   <li>{@link Kind#TRAILING}: may end a sentence ("Inc.", "etc.", "U.S.", "a.m."); the next word decides.
 * </ul>
 */
final class Abbreviations {
    enum Kind { NONE, TITLE, BEFORE_NUMBER, INNER, TRAILING }

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "mssrs", "messrs", "dr", "prof", "gen",
            "sen", "rep", "reps", "sens", "gov", "capt", "col", "lt", "sgt", "rev", "hon", "pres", "supt", "fr",
            "mt", "ft", "adm", "cmdr", "maj", "brig", "cpl", "insp", "det", "atty", "amb", "mme", "mlle", "pvt",
            "gens", "drs", "profs", "lieut", "cmdt", "comdr", "prin", "rt", "messrs.");
    private static final Set<String> BEFORE_NUMBER = Set.of("no", "nos", "n°", "nº", "p", "pp", "vol", "vols",
            "fig", "figs", "art", "sec", "sect", "ch", "chap", "para", "ref", "refs", "op", "ed", "eq", "eqs", "tel",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ps", "v");
    private static final Set<String> INNER = Set.of("vs", "e.g", "i.e", "cf", "viz", "approx", "incl", "esp",
            "ca", "c", "resp", "w", "et al");
    private static final Set<String> TRAILING = Set.of("inc", "co", "corp", "ltd", "llc", "plc", "jr", "sr", "etc",
            "st", "ave", "blvd", "rd", "dept", "univ", "assn", "bros", "est", "al", "min", "max", "hrs", "yrs",
            "mins", "secs", "lbs", "oz", "ft", "in", "mi", "sq", "govt", "natl", "intl", "misc", "dist", "mfg",
            "ph.d", "m.d", "b.a", "m.a", "b.sc", "m.sc", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "u.s.a");

    private Abbreviations() {}

    /** @param word the letters before the full stop, inner dots kept ("U.S", "Mr", "e.g") */
    static Kind kind(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (TITLES.contains(w)) {
            return Kind.TITLE;
        }
        if (BEFORE_NUMBER.contains(w)) {
            return Kind.BEFORE_NUMBER;
        }
        if (INNER.contains(w)) {
            return Kind.INNER;
        }
        if (TRAILING.contains(w) || isDotted(w)) {
            return Kind.TRAILING;
        }
        return Kind.NONE;
    }

    /** "U.S", "M.B.A", "a.m": single letters joined by dots. */
    static boolean isDotted(String w) {
        if (w.length() < 3) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            boolean letterSlot = i % 2 == 0;
            char c = w.charAt(i);
            if (letterSlot ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return w.length() % 2 == 1;
    }
}
