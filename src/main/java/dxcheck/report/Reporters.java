package dxcheck.report;

import java.util.List;

/** The formats by name. */
public final class Reporters {
    public static final List<String> NAMES = List.of("text", "json", "sarif", "junit", "csv", "html", "xlsx");

    private Reporters() {
    }

    public static Reporter byName(String name) {
        return byName(name, RenderOptions.DEFAULT);
    }

    public static Reporter byName(String name, RenderOptions options) {
        return switch (name) {
            case "text" -> new TextReporter(options.colour());
            case "json" -> new JsonReporter();
            case "sarif" -> new SarifReporter(options);
            case "junit" -> new JunitReporter(options.failOn());
            case "csv" -> new CsvReporter();
            case "html" -> new HtmlReporter();
            case "xlsx" -> new XlsxReporter(); // loads FastExcel only when asked for
            default -> throw new IllegalArgumentException(name);
        };
    }
}
