package dxcheck.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** What to check: input paths ("-" for standard input), the rules folder, extra policy files, the as-of date. */
/** kbase names a rule pack of the rules folder's kmodule.xml; null for its default rule base. */
public record CheckRequest(List<String> paths, Path rulesDir, String kbase, List<String> policyFiles, LocalDate asOf) {
}
