package dxcheck.run;

import java.util.List;

/** What to check: input paths ("-" for standard input), and how (the options). The rules come as a {@link RuleSet}. */
public record CheckRequest(List<String> paths, CheckOptions options) {
    public CheckRequest {
        paths = List.copyOf(paths);
    }
}
