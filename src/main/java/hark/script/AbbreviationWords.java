package hark.script;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Written abbreviations as the words they stand for: titles before names ("Dr." doctor, "Gen." general), "St." as
 * saint before a name and street after one (likewise "Dr." as drive), Latin ("e.g." for example, "i.e." that is,
 * "etc." et cetera, "vs." versus), "No." before a number, and a few more. Stateless and thread-safe.
 */
final class AbbreviationWords implements Rewrite {
    private static final Map<String, String> TITLES = Map.ofEntries(Map.entry("Mr", "mister"),
            Map.entry("Mrs", "missus"), Map.entry("Ms", "miz"), Map.entry("Messrs", "messieurs"),
            Map.entry("Prof", "professor"), Map.entry("Gen", "general"), Map.entry("Sen", "senator"),
            Map.entry("Rep", "representative"), Map.entry("Gov", "governor"), Map.entry("Capt", "captain"),
            Map.entry("Col", "colonel"), Map.entry("Lt", "lieutenant"), Map.entry("Sgt", "sergeant"),
            Map.entry("Cpl", "corporal"), Map.entry("Pvt", "private"), Map.entry("Maj", "major"),
            Map.entry("Adm", "admiral"), Map.entry("Cmdr", "commander"), Map.entry("Rev", "reverend"),
            Map.entry("Hon", "honorable"), Map.entry("Pres", "president"), Map.entry("Supt", "superintendent"),
            Map.entry("Fr", "father"), Map.entry("Mt", "mount"), Map.entry("Ft", "fort"), Map.entry("Insp", "inspector"),
            Map.entry("Det", "detective"), Map.entry("Atty", "attorney"), Map.entry("Amb", "ambassador"),
            Map.entry("Brig", "brigadier"), Map.entry("Lieut", "lieutenant"), Map.entry("Sens", "senators"),
            Map.entry("Reps", "representatives"), Map.entry("Gens", "generals"), Map.entry("Drs", "doctors"));
    private static final Map<String, String> ANYWHERE = Map.ofEntries(Map.entry("e.g.", "for example"),
            Map.entry("i.e.", "that is"), Map.entry("etc.", "et cetera"), Map.entry("vs.", "versus"),
            Map.entry("vs", "versus"), Map.entry("v.", "versus"), Map.entry("approx.", "approximately"),
            Map.entry("cf.", "compare"), Map.entry("viz.", "namely"), Map.entry("a.k.a.", "also known as"),
            Map.entry("aka", "also known as"), Map.entry("incl.", "including"), Map.entry("esp.", "especially"),
            Map.entry("et al.", "et al"), Map.entry("Mr.", "mister"), Map.entry("Mrs.", "missus"),
            Map.entry("Ms.", "miz"), Map.entry("Jr.", "junior"), Map.entry("Sr.", "senior"),
            Map.entry("Inc.", "incorporated"), Map.entry("Corp.", "corporation"), Map.entry("Ltd.", "limited"),
            Map.entry("Co.", "company"), Map.entry("Bros.", "brothers"), Map.entry("Dept.", "department"),
            Map.entry("Univ.", "university"), Map.entry("Ave.", "avenue"), Map.entry("Blvd.", "boulevard"),
            Map.entry("Rd.", "road"), Map.entry("Ln.", "lane"), Map.entry("Hwy.", "highway"), Map.entry("w/", "with"),
            Map.entry("w/o", "without"), Map.entry("Ph.D.", "p h d"), Map.entry("PhD", "p h d"),
            Map.entry("Mon.", "monday"), Map.entry("Tue.", "tuesday"), Map.entry("Tues.", "tuesday"),
            Map.entry("Wed.", "wednesday"), Map.entry("Thu.", "thursday"), Map.entry("Thurs.", "thursday"),
            Map.entry("Fri.", "friday"), Map.entry("Sat.", "saturday"), Map.entry("Sun.", "sunday"),
            Map.entry("Jan.", "january"), Map.entry("Feb.", "february"), Map.entry("Mar.", "march"),
            Map.entry("Apr.", "april"), Map.entry("Jun.", "june"), Map.entry("Jul.", "july"),
            Map.entry("Aug.", "august"), Map.entry("Sep.", "september"), Map.entry("Sept.", "september"),
            Map.entry("Oct.", "october"), Map.entry("Nov.", "november"), Map.entry("Dec.", "december"),
            Map.entry("Fig.", "figure"), Map.entry("fig.", "figure"), Map.entry("Vol.", "volume"),
            Map.entry("vol.", "volume"), Map.entry("Ch.", "chapter"), Map.entry("ch.", "chapter"),
            Map.entry("est.", "established"), Map.entry("min.", "minimum"), Map.entry("max.", "maximum"),
            Map.entry("dept.", "department"), Map.entry("govt.", "government"), Map.entry("Govt.", "government"),
            Map.entry("pct", "percent"), Map.entry("pct.", "percent"), Map.entry("Tel.", "telephone"),
            Map.entry("tel.", "telephone"), Map.entry("Nat'l", "national"), Map.entry("Int'l", "international"), Map.entry("int'l", "international"));
    private static final Pattern TITLE = Pattern.compile("\\b([A-Z][a-z]{1,5})\\.?(?=\\s+[A-Z])");
    private static final Pattern DR_ST = Pattern.compile("\\b(Dr|St)\\b\\.?");
    private static final Pattern NUMBER = Pattern.compile("\\b(No|no|Nos|nos|Nr|pp?|Art|art|Sec|sec)\\.(?=\\s*\\d)");
    // abbreviation-shaped tokens, looked up in ANYWHERE (one regex and a map beat a long alternation)
    private static final Pattern LISTED = Pattern.compile("(?<![\\w.])(et al\\.|[A-Za-z]++\\.(?:[A-Za-z]++\\.)*+|vs|aka|"
            + "PhD|w/o|w/|Nat'l|Int'l|int'l|pct)(?!\\w)");
    // "the Rt. Hon. Jane Smith", "the Rt Hon member": the British form of address, with or without stops
    private static final Pattern RIGHT_HONOURABLE = Pattern.compile("\\bRt\\.?\\s+Hon\\b\\.?");

    @Override
    public String apply(String text) {
        String out = !text.contains("Dr") && !text.contains("St") ? text
                : Rewrite.replace(DR_ST, text, m -> drSt(m, text) + stop(text, m));
        out = !out.contains("Rt") ? out : RIGHT_HONOURABLE.matcher(out).replaceAll("right honorable");
        out = Rewrite.replace(TITLE, out, m -> TITLES.containsKey(m.group(1))
                && (m.group().endsWith(".") || m.group(1).startsWith("M")) ? TITLES.get(m.group(1)) : null);
        out = !Numbers.hasDigit(out) ? out : Rewrite.replace(NUMBER, out, m -> switch (m.group(1).toLowerCase()) {
            case "no", "nr" -> "number";
            case "nos" -> "numbers";
            case "p" -> "page";
            case "pp" -> "pages";
            case "art" -> "article";
            default -> "section";
        });
        String listed = out;
        return Rewrite.replace(LISTED, out, m -> {
            String words = ANYWHERE.get(m.group(1));
            return words == null ? null : words + stop(listed, m);
        });
    }

    /** The abbreviation's full stop also ends the sentence: keep it for the synthesizer's intonation. */
    private static String stop(String text, Matcher m) {
        return m.group().endsWith(".") && text.substring(m.end()).isBlank() ? "." : "";
    }

    /** "St. Louis" saint, "Main St." street; "Dr. Smith" doctor, "Sunset Dr." drive. */
    private static String drSt(Matcher m, String text) {
        boolean saint = m.group(1).equals("St");
        int p = m.end();
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        boolean nameFollows = p < text.length() && p > m.end() && Character.isUpperCase(text.charAt(p));
        int q = m.start() - 1;
        while (q >= 0 && text.charAt(q) == ' ') {
            q--;
        }
        boolean nameBefore = q >= 0 && q < m.start() - 1 && Character.isLetter(text.charAt(q))
                && Character.isUpperCase(firstOfWord(text, q));
        boolean numberBefore = q >= 0 && Character.isDigit(text.charAt(q));
        boolean place = (nameBefore || numberBefore) && !nameFollows;
        if (saint) {
            return place ? "street" : "saint";
        }
        return place ? "drive" : "doctor";
    }

    private static char firstOfWord(String text, int end) {
        int q = end;
        while (q > 0 && Character.isLetter(text.charAt(q - 1))) {
            q--;
        }
        return text.charAt(q);
    }
}
