package dxcheck.text;

/** Language of user-facing text. */
public enum Lang {
    VI, EN;

    public static Lang parse(String s) {
        return switch (s) {
            case "vi" -> VI;
            case "en" -> EN;
            default -> throw new IllegalArgumentException(s);
        };
    }
}
