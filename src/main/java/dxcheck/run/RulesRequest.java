package dxcheck.run;

import dxcheck.engine.RuleBaseCache;
import dxcheck.engine.RuleBaseStore;

import java.nio.file.Path;
import java.util.List;

/**
 * Which rules a command runs: the rules folder, a rule pack of its kmodule.xml (null: its default rule base), the
 * --policy files layered over the folder's policy.yaml (later ones override earlier keys), and where compiled rules
 * are kept between runs (--cache-dir, --no-cache).
 */
public record RulesRequest(Path dir, String kbase, List<String> policyFiles, RuleBaseStore store) {
    public RulesRequest {
        policyFiles = List.copyOf(policyFiles);
    }

    /** The folder's default rule base, no --policy file, the default disk cache. */
    public static RulesRequest of(Path dir) {
        return new RulesRequest(dir, null, List.of(), RuleBaseCache.in(RuleBaseCache.defaultDir()));
    }
}
