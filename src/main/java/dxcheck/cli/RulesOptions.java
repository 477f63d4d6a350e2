package dxcheck.cli;

import dxcheck.engine.RuleBaseCache;
import dxcheck.engine.RuleBaseStore;
import dxcheck.run.RulesRequest;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which rules and policy a command runs, and where their compiled form is kept: shared by check, diff, watch, serve
 * and the rules commands.
 */
class RulesOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "folder of .drl files and the default policy.yaml")
    Path rules = Installation.rulesDir();

    @Option(names = "--kbase", paramLabel = "NAME", description = "a rule pack declared in the rules folder's kmodule.xml")
    String kbase;

    @Option(names = "--policy", paramLabel = "FILE", description = "a Policy document over the default; repeatable")
    List<String> policies = new ArrayList<>();

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "where compiled rules are kept (default: $DXCHECK_CACHE, $XDG_CACHE_HOME/dxcheck or "
                    + "~/.cache/dxcheck)")
    Path cacheDir;

    @Option(names = "--no-cache", description = "compile the rules, neither reading nor writing the rule cache")
    boolean noCache;

    /** The rules these options name, with the rule cache they say (none with --no-cache). */
    RulesRequest request() {
        RuleBaseStore store = noCache ? RuleBaseStore.NONE
                : RuleBaseCache.in(cacheDir != null ? cacheDir : RuleBaseCache.defaultDir());
        return new RulesRequest(rules, kbase, policies, store);
    }
}
