package dxcheck.run;

import dxcheck.engine.RuleSources;
import dxcheck.load.CannotRunException;

import java.util.Map;

/**
 * The bytes a rule set is made of, read once — the rules folder and the --policy files — and their version, a short
 * hash of exactly these bytes; or why they cannot be read (then the version is a hash of that). What a watcher
 * compares between polls, and what a rule set is then built from.
 */
public record RulesRead(RulesRequest request, RuleSources sources, Map<String, byte[]> policies, String version,
                        CannotRunException unreadable) {
    /** Same content as another read (the same version). */
    public boolean same(RulesRead other) {
        return other != null && version.equals(other.version);
    }
}
