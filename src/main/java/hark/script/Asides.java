package hark.script;

import java.util.regex.Pattern;

/**
 * An aside in parentheses or between spaced hyphens is heard as one: "The plan (announced Monday) failed" becomes
 * "The plan, announced Monday, failed", so FreeTTS ends a phrase at each comma and pauses there, as it does for the
 * dashes {@link Typography} folds to commas. Parentheses inside a word ("word(s)") are only dropped. Runs after the
 * numbers, so a telephone area code in parentheses has already become words. Stateless and thread-safe.
 */
final class Asides implements Rewrite {
    private static final Pattern OPEN = Pattern.compile("\\s*\\(\\s*");
    private static final Pattern CLOSE = Pattern.compile("\\s*\\)");
    private static final Pattern INSIDE_WORD = Pattern.compile("(?<=\\p{L})\\(([a-z]{1,3})\\)");
    // " - " between words is a dash written with a hyphen; a hyphen against a word ("well-known") is not
    private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=[\\p{L},])\\s+-{1,2}\\s+(?=\\p{L})");

    @Override
    public String apply(String text) {
        String out = text;
        if (out.indexOf(" -") >= 0) {
            out = SPACED_HYPHEN.matcher(out).replaceAll(", ");
        }
        if (out.indexOf('(') < 0 && out.indexOf(')') < 0) {
            return out;
        }
        out = INSIDE_WORD.matcher(out).replaceAll("$1");
        out = OPEN.matcher(out).replaceAll(", ");
        return CLOSE.matcher(out).replaceAll(", ");
    }
}
