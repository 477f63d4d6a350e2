package dxcheck.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** What to check: input paths ("-" for standard input), the rules folder, extra policy files, the as-of date. */
public record CheckRequest(List<String> paths, Path rulesDir, List<String> policyFiles, LocalDate asOf) {
}
