package dxcheck.load.xlsx;

/** What a cell's number format says about its number: a date, a percentage, or a plain number. */
final class NumberFormats {
    private NumberFormats() {
    }

    /** The format codes ECMA-376 gives the built-in ids (dates: 14–22, 45–47; the East Asian ones as dates too). */
    static String builtIn(int id) {
        return switch (id) {
            case 9 -> "0%";
            case 10 -> "0.00%";
            case 14 -> "mm-dd-yy";
            case 15 -> "d-mmm-yy";
            case 16 -> "d-mmm";
            case 17 -> "mmm-yy";
            case 18 -> "h:mm AM/PM";
            case 19 -> "h:mm:ss AM/PM";
            case 20 -> "h:mm";
            case 21 -> "h:mm:ss";
            case 22 -> "m/d/yy h:mm";
            case 45 -> "mm:ss";
            case 46 -> "[h]:mm:ss";
            case 47 -> "mmss.0";
            default -> id >= 27 && id <= 36 || id >= 50 && id <= 58 ? "yyyy-mm-dd" : "General";
        };
    }

    static boolean isDate(String format) {
        String f = plain(format).toLowerCase(java.util.Locale.ROOT);
        if (f.contains("general")) {
            return false;
        }
        for (char c : f.toCharArray()) {
            if ("ymdhs".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isPercent(String format) {
        return plain(format).contains("%");
    }

    /** The format without quoted text, escaped characters and [bracketed] colours, conditions and locales. */
    private static String plain(String format) {
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        int bracket = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // the next character is literal (or a padding width)
            } else if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket = Math.max(0, bracket - 1);
            } else if (bracket == 0) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
