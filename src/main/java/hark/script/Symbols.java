package hark.script;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Symbols a reader says aloud ("&" and, "+" plus, "%" percent, "=" equals, "@" at, "°" degrees, "§" section), or
 * drops ("*", "™", "|", "^"). Greek letters are named ("α" alpha). Runs after the numbers, so "%" and "+" here follow words. Stateless and thread-safe.
 */
final class Symbols implements Rewrite {
    private static final Map<Character, String> SAID = Map.ofEntries(Map.entry('&', "and"), Map.entry('+', "plus"),
            Map.entry('%', "percent"), Map.entry('=', "equals"), Map.entry('@', "at"), Map.entry('°', "degrees"),
            Map.entry('§', "section"), Map.entry('¶', "paragraph"), Map.entry('±', "plus or minus"),
            Map.entry('×', "times"), Map.entry('÷', "divided by"), Map.entry('~', "about"), Map.entry('≈', "about"),
            Map.entry('<', "less than"), Map.entry('>', "greater than"), Map.entry('≤', "at most"),
            Map.entry('≥', "at least"), Map.entry('©', "copyright"), Map.entry('$', "dollars"), Map.entry('£', "pounds"),
            Map.entry('€', "euros"), Map.entry('¥', "yen"), Map.entry('#', "number"), Map.entry('№', "number"),
            Map.entry('→', "to"), Map.entry('←', "from"), Map.entry('α', "alpha"), Map.entry('β', "beta"),
            Map.entry('γ', "gamma"), Map.entry('δ', "delta"), Map.entry('Δ', "delta"), Map.entry('ε', "epsilon"),
            Map.entry('θ', "theta"), Map.entry('λ', "lambda"), Map.entry('μ', "mu"), Map.entry('π', "pi"),
            Map.entry('σ', "sigma"), Map.entry('Σ', "sigma"), Map.entry('τ', "tau"), Map.entry('φ', "phi"),
            Map.entry('χ', "chi"), Map.entry('ψ', "psi"), Map.entry('ω', "omega"), Map.entry('Ω', "omega"),
            Map.entry('∞', "infinity"), Map.entry('√', "square root of"), Map.entry('♥', "love"));
    private static final Pattern SLASH = Pattern.compile("(?<=[A-Za-z])/(?=[A-Za-z])");

    @Override
    public String apply(String text) {
        String in = text.indexOf('/') < 0 ? text : SLASH.matcher(text).replaceAll(" ");
        StringBuilder out = null;
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == ',')) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            String said = SAID.get(c);
            boolean dropped = "*™®†‡|^_\\{}<>[]".indexOf(c) >= 0 && said == null;
            if (said == null && !dropped) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(in.length() + 16).append(in, 0, i);
            }
            // "<" and ">" around words are brackets (HTML left-overs), not comparisons
            if (said != null && (c == '<' || c == '>') && !(i > 0 && i + 1 < in.length()
                    && in.charAt(i - 1) == ' ' && in.charAt(i + 1) == ' ')) {
                said = null;
            }
            out.append(' ').append(said == null ? "" : said).append(' ');
        }
        return out == null ? in : out.toString();
    }
}
