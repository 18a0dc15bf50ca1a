package hark.script;

/**
 * Numbers as American English words: cardinals, ordinals, years read in pairs, digit strings and decimals.
 * "three hundred forty seven" (no "and", no hyphens, so FreeTTS sees plain words). Stateless and thread-safe.
 */
final class NumberWords {
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final String[] SCALES = {"", " thousand", " million", " billion", " trillion", " quadrillion",
        " quintillion"};

    private NumberWords() {}

    /** Any run of digits, commas allowed ("2,000,000"); too long for a long is read digit by digit. */
    static String cardinal(String digits) {
        String plain = digits.replace(",", "");
        if (plain.isEmpty()) {
            return "";
        }
        if (plain.length() > 18) {
            return digits(plain);
        }
        return cardinal(Long.parseLong(plain));
    }

    static String cardinal(long n) {
        if (n < 0) {
            return "minus " + cardinal(-n);
        }
        if (n < 20) {
            return ONES[(int) n];
        }
        StringBuilder out = new StringBuilder();
        int scale = 0;
        while (n > 0) {
            int group = (int) (n % 1000);
            if (group > 0) {
                String words = belowThousand(group) + SCALES[scale];
                out.insert(0, out.length() > 0 ? words + " " : words);
            }
            n /= 1000;
            scale++;
        }
        return out.toString();
    }

    private static String belowThousand(int n) {
        StringBuilder out = new StringBuilder();
        if (n >= 100) {
            out.append(ONES[n / 100]).append(" hundred");
            n %= 100;
            if (n > 0) {
                out.append(' ');
            }
        }
        if (n >= 20) {
            out.append(TENS[n / 10]);
            if (n % 10 > 0) {
                out.append(' ').append(ONES[n % 10]);
            }
        } else if (n > 0) {
            out.append(ONES[n]);
        }
        return out.toString();
    }

    static String ordinal(String digits) {
        return ordinalOf(cardinal(digits));
    }

    static String ordinal(long n) {
        return ordinalOf(cardinal(n));
    }

    /** "twenty three" becomes "twenty third". */
    static String ordinalOf(String cardinalWords) {
        int space = cardinalWords.lastIndexOf(' ');
        String head = cardinalWords.substring(0, space + 1);
        String last = cardinalWords.substring(space + 1);
        String ord = switch (last) {
            case "one" -> "first";
            case "two" -> "second";
            case "three" -> "third";
            case "five" -> "fifth";
            case "eight" -> "eighth";
            case "nine" -> "ninth";
            case "twelve" -> "twelfth";
            default -> last.endsWith("y") ? last.substring(0, last.length() - 1) + "ieth" : last + "th";
        };
        return head + ord;
    }

    /** A year read the American way: 1999 "nineteen ninety nine", 2005 "two thousand five", 1900 "nineteen hundred". */
    static String year(int y) {
        if (y < 1000 || y > 9999 || y % 1000 < 10 && y >= 2000 && y < 2010 || y % 1000 == 0) {
            return cardinal(y);
        }
        int high = y / 100;
        int low = y % 100;
        if (low == 0) {
            return cardinal(high) + " hundred";
        }
        return cardinal(high) + (low < 10 ? " oh " : " ") + cardinal(low);
    }

    /** Digit by digit, "0" as "zero": phone numbers, long codes. */
    static String digits(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(ONES[c - '0']);
            }
        }
        return out.toString();
    }

    /** "3.14" as "three point one four"; ".5" as "point five". */
    static String decimal(String number) {
        int dot = number.indexOf('.');
        if (dot < 0) {
            return cardinal(number);
        }
        String whole = number.substring(0, dot);
        String fraction = number.substring(dot + 1);
        String head = whole.isEmpty() ? "" : cardinal(whole) + " ";
        return fraction.isEmpty() ? head.strip() : head + "point " + digits(fraction);
    }

    /** Whether a number string is exactly "1" (for singular units). */
    static boolean isOne(String number) {
        return number.replace(",", "").equals("1");
    }

    /** "eighty" becomes "eighties", "six" becomes "sixes". */
    static String plural(String words) {
        if (words.endsWith("y")) {
            return words.substring(0, words.length() - 1) + "ies";
        }
        return words.endsWith("x") || words.endsWith("s") ? words + "es" : words + "s";
    }
}
