package dxcheck.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What to check: input paths ("-" for standard input), the rules folder, extra policy files, the as-of date. kbase
 * names a rule pack of the rules folder's kmodule.xml (null for its default rule base); noInputPolicy refuses Policy
 * documents found among the inputs (--no-input-policy), so that only the rules folder and --policy set thresholds.
 */
public record CheckRequest(List<String> paths, Path rulesDir, String kbase, List<String> policyFiles, LocalDate asOf,
                           boolean noInputPolicy) {
    public CheckRequest(List<String> paths, Path rulesDir, String kbase, List<String> policyFiles, LocalDate asOf) {
        this(paths, rulesDir, kbase, policyFiles, asOf, false);
    }
}
