package dxcheck.engine;

import dxcheck.model.Location;
import org.kie.api.KieBase;

import java.util.Map;

/**
 * Where compiled rule bases are kept between runs, so that a run whose rules have not changed skips the DRL compiler:
 * the whole interface a rule base sees of the disk cache ({@link RuleBaseCache} is the implementation; {@link #NONE}
 * keeps nothing). Keys are {@link RuleBase#key}: they change with any byte of the rules folder, the rule pack, and
 * the dxcheck, Drools and Java versions.
 */
public interface RuleBaseStore {
    /** Keeps nothing: every rule base is compiled (--no-cache, DXCHECK_CACHE=off). */
    RuleBaseStore NONE = new RuleBaseStore() {
        @Override
        public Entry read(String key) {
            return null;
        }

        @Override
        public void write(String key, Entry entry) {
        }
    };

    /**
     * A compiled rule base and what was read from its DRL beside it: rule metadata, policy keys read, how a check
     * over several provinces is split.
     */
    record Entry(KieBase kieBase, Map<String, RuleInfo> rules, Map<String, Location> policyKeysRead,
                 Partitioning partitioning) {
    }

    /** The entry stored under key, or null (none, not trusted, damaged: then the rules are compiled). */
    Entry read(String key);

    /** Stores an entry; a store that cannot write says why only when debugging, never failing the run. */
    void write(String key, Entry entry);
}
