package hark.script;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money in currency signs ($, £, €, ¥, ₹, ₦, ₱...), prefixed dollars (HK$, US$, A$...) and ISO codes
 * ("USD 5", "40 SEK"), with scales written as k, m, bn, lakh, crore or words: "$3.50" is "three dollars fifty
 * cents", "£250m" is "two hundred fifty million pounds", "₹20 lakh" "twenty lakh rupees", and after "a" the unit is
 * singular because it describes the next noun ("a $1.2bn deal" is "a one point two billion dollar deal").
 * Stateless and thread-safe.
 */
final class Money implements Rewrite {
    private record Currency(String one, String many, String centOne, String centMany) {}

    private static final Currency DOLLAR = new Currency("dollar", "dollars", "cent", "cents");
    private static final Currency RUPEE = new Currency("rupee", "rupees", "paisa", "paise");
    private static final Currency NAIRA = new Currency("naira", "naira", "kobo", "kobo");
    private static final Currency POUND = new Currency("pound", "pounds", "penny", "pence");
    private static final Currency EURO = new Currency("euro", "euros", "cent", "cents");
    private static final Currency YEN = new Currency("yen", "yen", "sen", "sen");
    private static final Currency WON = new Currency("won", "won", "jeon", "jeon");
    private static final Currency RUBLE = new Currency("ruble", "rubles", "kopek", "kopeks");
    private static final Currency PESO = new Currency("peso", "pesos", "centavo", "centavos");
    private static final Currency SHILLING = new Currency("shilling", "shillings", "cent", "cents");
    private static final Currency YUAN = new Currency("yuan", "yuan", "fen", "fen");
    private static final Currency KRONE = new Currency("krone", "kroner", "ore", "ore");
    // written before the amount ("$5", "₦2bn", "R$50", "KSh 1,000"); keys in lower case
    private static final Map<String, Currency> SYMBOLS = Map.ofEntries(
            Map.entry("$", DOLLAR), Map.entry("us$", DOLLAR),
            Map.entry("hk$", new Currency("hong kong dollar", "hong kong dollars", "cent", "cents")),
            Map.entry("a$", new Currency("australian dollar", "australian dollars", "cent", "cents")),
            Map.entry("au$", new Currency("australian dollar", "australian dollars", "cent", "cents")),
            Map.entry("c$", new Currency("canadian dollar", "canadian dollars", "cent", "cents")),
            Map.entry("ca$", new Currency("canadian dollar", "canadian dollars", "cent", "cents")),
            Map.entry("nz$", new Currency("new zealand dollar", "new zealand dollars", "cent", "cents")),
            Map.entry("s$", new Currency("singapore dollar", "singapore dollars", "cent", "cents")),
            Map.entry("r$", new Currency("real", "reais", "centavo", "centavos")),
            Map.entry("£", POUND), Map.entry("€", EURO), Map.entry("¥", YEN), Map.entry("₹", RUPEE),
            Map.entry("rs", RUPEE), Map.entry("rs.", RUPEE), Map.entry("₦", NAIRA), Map.entry("n", NAIRA),
            Map.entry("₩", WON),
            Map.entry("₽", RUBLE),
            Map.entry("₱", PESO),
            Map.entry("₺", new Currency("lira", "lira", "kurus", "kurus")),
            Map.entry("₪", new Currency("shekel", "shekels", "agora", "agorot")),
            Map.entry("₫", new Currency("dong", "dong", "xu", "xu")),
            Map.entry("₴", new Currency("hryvnia", "hryvnias", "kopiyka", "kopiyky")),
            Map.entry("฿", new Currency("baht", "baht", "satang", "satang")),
            Map.entry("ksh", SHILLING),
            Map.entry("rm", new Currency("ringgit", "ringgit", "sen", "sen")));
    // ISO codes, written before or after the amount ("USD 5", "40 SEK")
    private static final Map<String, Currency> CODES = Map.ofEntries(
            Map.entry("USD", DOLLAR), Map.entry("GBP", POUND), Map.entry("EUR", EURO), Map.entry("JPY", YEN),
            Map.entry("CHF", new Currency("swiss franc", "swiss francs", "centime", "centimes")),
            Map.entry("INR", RUPEE), Map.entry("NGN", NAIRA),
            Map.entry("ZAR", new Currency("rand", "rand", "cent", "cents")),
            Map.entry("CNY", YUAN),
            Map.entry("RMB", YUAN),
            Map.entry("BRL", new Currency("real", "reais", "centavo", "centavos")),
            Map.entry("MXN", PESO),
            Map.entry("KES", SHILLING),
            Map.entry("SEK", new Currency("krona", "kronor", "ore", "ore")),
            Map.entry("NOK", KRONE),
            Map.entry("DKK", KRONE),
            Map.entry("PLN", new Currency("zloty", "zlotys", "grosz", "groszy")),
            Map.entry("KRW", WON),
            Map.entry("RUB", RUBLE),
            Map.entry("AUD", new Currency("australian dollar", "australian dollars", "cent", "cents")),
            Map.entry("CAD", new Currency("canadian dollar", "canadian dollars", "cent", "cents")),
            Map.entry("NZD", new Currency("new zealand dollar", "new zealand dollars", "cent", "cents")),
            Map.entry("SGD", new Currency("singapore dollar", "singapore dollars", "cent", "cents")),
            Map.entry("HKD", new Currency("hong kong dollar", "hong kong dollars", "cent", "cents")));
    private static final Map<String, String> SCALES = Map.ofEntries(Map.entry("k", "thousand"),
            Map.entry("m", "million"), Map.entry("mn", "million"), Map.entry("mln", "million"),
            Map.entry("b", "billion"), Map.entry("bn", "billion"), Map.entry("bln", "billion"),
            Map.entry("t", "trillion"), Map.entry("tn", "trillion"), Map.entry("thousand", "thousand"),
            Map.entry("million", "million"), Map.entry("billion", "billion"), Map.entry("trillion", "trillion"),
            Map.entry("lakh", "lakh"), Map.entry("lac", "lakh"), Map.entry("crore", "crore"), Map.entry("cr", "crore"));
    private static final String SCALE = "(?:\\s?(k|K|mn|mln|m|M|bn|b|B|bln|tn|t|T|cr)\\b"
            + "|[\\s-](thousand|million|billion|trillion|lakh|lac|crore)\\b)?";
    private static final String CODE_NAMES = String.join("|", CODES.keySet());
    private static final Pattern SYMBOL_FIRST = Pattern.compile(
            "(?<![\\w$])(US\\$|HK\\$|AU\\$|A\\$|CA\\$|C\\$|NZ\\$|S\\$|R\\$|\\$|£|€|¥|₹|₩|₽|₦|₱|₺|₪|₫|₴|฿"
                    + "|\\bRs\\.?\\s?|\\bK[Ss]h\\s?|\\bRM\\s?|\\b(?:" + CODE_NAMES + ")\\s?"
                    // "N500m", "N20,000": N is the naira only before an amount with a scale or thousands
                    + "|\\bN(?=\\d[\\d,]*(?:\\.\\d+)?(?:k|m|bn|b|tn)\\b|\\d{1,3}(?:,\\d{3})+(?![\\d.])))\\s?"
                    + "(\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+)" + SCALE
                    // a range: "$10-20", "£5m-£10m", "$3–4 billion"
                    + "(?:\\s?[-–]\\s?[$£€¥₹₦]?(\\d[\\d,]*(?:\\.\\d+)?)" + SCALE + ")?");
    private static final Pattern CODE_AFTER =
            Pattern.compile("\\b(\\d[\\d,]*(?:\\.\\d+)?)" + SCALE + "\\s(" + CODE_NAMES + ")\\b");
    private static final Pattern CENTS = Pattern.compile("\\b(\\d+)\\s?¢");
    // "75p" is pence; only one or two digits, since "720p" and "1080p" are video resolutions
    private static final Pattern PENCE = Pattern.compile("(?<![\\w.,])(\\d{1,2})p\\b");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\ban?\\s+$");

    private static final Pattern CODE = Pattern.compile("\\b(?:" + CODE_NAMES + ")\\b");
    private static final Pattern CUE = Pattern.compile("\\bRs|\\bK[Ss]h|\\bRM\\s?\\d|\\bN\\d|(?<![\\w.,])\\d{1,2}p\\b");

    @Override
    public String apply(String text) {
        if (!hasCue(text)) {
            return text;
        }
        String out = Rewrite.replace(SYMBOL_FIRST, text, m -> {
            String symbol = m.group(1).strip();
            Currency currency = CODES.containsKey(symbol) ? CODES.get(symbol) : SYMBOLS.get(symbol.toLowerCase(Locale.ROOT));
            String scale = m.group(3) != null ? m.group(3) : m.group(4);
            boolean hyphenated = m.group(4) != null && m.group().contains("-" + m.group(4));
            boolean one = hyphenated || adjectival(text, m);
            if (m.group(5) == null) {
                return Rewrite.words(amount(m.group(2), scale, currency, one));
            }
            // "$10-20m" is "ten to twenty million dollars": the currency and a shared scale are said once, at the end
            String toScale = m.group(6) != null ? m.group(6) : m.group(7) != null ? m.group(7) : scale;
            String from = NumberWords.decimal(m.group(2).replace(",", ""))
                    + (scale == null || scale.equals(toScale) ? "" : " " + SCALES.get(scale.toLowerCase(Locale.ROOT)));
            return Rewrite.words(from + " to " + amount(m.group(5), toScale, currency, one));
        });
        if (!CODE.matcher(out).find()) {
            return cents(out);
        }
        out = Rewrite.replace(CODE_AFTER, out, m -> {
            Currency currency = CODES.get(m.group(4));
            String scale = m.group(2) != null ? m.group(2) : m.group(3);
            return Rewrite.words(amount(m.group(1), scale, currency, false));
        });
        return cents(out);
    }

    private static String cents(String text) {
        String out = Rewrite.replace(PENCE, text, m -> Rewrite.words(
                NumberWords.cardinal(m.group(1)) + (m.group(1).equals("1") ? " penny" : " pence")));
        return out.indexOf('¢') < 0 ? out : Rewrite.replace(CENTS, out, m -> Rewrite.words(
                NumberWords.cardinal(m.group(1)) + (m.group(1).equals("1") ? " cent" : " cents")));
    }

    private static boolean hasCue(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("$£€¥₹₩₽¢₦₱₺₪₫₴฿".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return CUE.matcher(text).find() || CODE.matcher(text).find();
    }

    private static boolean adjectival(String text, Matcher m) {
        int from = Math.max(0, m.start() - 4);
        return ARTICLE_BEFORE.matcher(text.substring(from, m.start())).find();
    }

    static String amount(String number, String scale, Currency currency, boolean adjectival) {
        String n = number.replace(",", "");
        if (scale != null) {
            String words = NumberWords.decimal(n) + " " + SCALES.get(scale.toLowerCase(Locale.ROOT));
            return words + " " + (adjectival ? currency.one() : currency.many());
        }
        int dot = n.indexOf('.');
        String whole = dot < 0 ? n : n.substring(0, dot);
        String cents = dot < 0 ? "" : n.substring(dot + 1);
        if (cents.length() > 2) {
            return NumberWords.decimal(n) + " " + currency.many();
        }
        if (cents.length() == 1) {
            cents = cents + "0";
        }
        boolean noWhole = whole.isEmpty() || whole.matches("0+");
        boolean noCents = cents.isEmpty() || cents.equals("00");
        StringBuilder out = new StringBuilder();
        if (!noWhole || noCents) {
            String w = whole.isEmpty() ? "0" : whole;
            out.append(NumberWords.cardinal(w)).append(' ')
                    .append(adjectival || NumberWords.isOne(w) ? currency.one() : currency.many());
        }
        if (!noCents) {
            if (out.length() > 0) {
                out.append(' ');
            }
            int c = Integer.parseInt(cents);
            out.append(NumberWords.cardinal(c)).append(' ').append(c == 1 ? currency.centOne() : currency.centMany());
        }
        return out.toString();
    }
}
