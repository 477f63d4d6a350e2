package dxcheck.cli;

import dxcheck.engine.RuleBaseCache;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Which rules and policy a command runs, and where their compiled form is cached: shared by check, diff, watch, serve. */
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

    /** Points the rule cache where these options say (or turns it off) before any rule base is built. */
    void applyCache() {
        if (noCache) {
            RuleBaseCache.configure(null);
        } else if (cacheDir != null) {
            RuleBaseCache.configure(cacheDir);
        }
    }
}
