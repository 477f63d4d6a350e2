package dxcheck.run;

import dxcheck.engine.RuleBase;
import dxcheck.engine.RuleSources;
import dxcheck.engine.RulesNotUsableException;
import dxcheck.load.CannotRunException;
import dxcheck.load.InputError;
import dxcheck.load.Inputs;
import dxcheck.load.InvalidInputException;
import dxcheck.load.Loader;
import dxcheck.model.Location;
import dxcheck.model.PolicyDocument;
import dxcheck.text.Msg;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every command gets its rules (check, diff, watch, serve and the rules commands): reads the rules folder and
 * the --policy files once, names what it read by one fingerprint ({@link RuleBase#key} from
 * {@link RuleSources#fingerprint}), and builds from exactly those bytes — from the rule bases it keeps in memory (the
 * few most recently used: a process that checks many times, a server, the tests, compiles each version of the rules
 * once), else from the disk cache the request names, else by compiling. Watchers poll {@link #read} and build what
 * has settled ({@link LiveRuleSet}).
 */
public final class RuleSets {
    /** Rule bases kept in memory: each holds a compiled network, so only a few. */
    static final int KEPT = 4;

    private final Map<String, RuleBase> built = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleBase> eldest) {
            return size() > KEPT;
        }
    };

    /** Reads and builds: the rule set the request names, or why it cannot be used. */
    public RuleSet load(RulesRequest request) throws CannotRunException {
        return build(read(request));
    }

    /** Reads every file once; never fails (a folder that cannot be read is said in the result). */
    public RulesRead read(RulesRequest request) {
        Map<String, byte[]> policies = new LinkedHashMap<>();
        try {
            RuleSources sources = RuleSources.read(request.dir());
            for (String p : request.policyFiles()) {
                policies.put(p, Loader.bytesOf(p));
            }
            return new RulesRead(request, sources, policies,
                    RulesVersion.of(sources.fingerprint(), policies, request.kbase()), null);
        } catch (CannotRunException e) {
            return new RulesRead(request, null, policies, RulesVersion.unreadable(e, request.kbase()), e);
        }
    }

    /** The rule set made of what was read: the base policy and --policy files parsed, the rules from memory or built. */
    public RuleSet build(RulesRead read) throws CannotRunException {
        if (read.unreadable() != null) {
            throw read.unreadable();
        }
        RuleSources sources = read.sources();
        RulesRequest request = read.request();
        PolicyDocument base = basePolicy(sources);
        List<PolicyDocument> options = read.policies().isEmpty() ? List.of()
                : onlyPolicies(Loader.loadBytes(read.policies()), String.join(", ", read.policies().keySet()),
                        PolicyDocument.Origin.OPTION);
        return new RuleSet(rules(sources, request), base, options, read.version(), sources);
    }

    private RuleBase rules(RuleSources sources, RulesRequest request) throws RulesNotUsableException {
        String key = RuleBase.key(sources, request.kbase());
        synchronized (built) {
            RuleBase kept = built.get(key);
            if (kept != null) {
                return kept;
            }
        }
        RuleBase rules = RuleBase.build(sources, request.kbase(), request.store());
        synchronized (built) {
            built.put(key, rules);
        }
        return rules;
    }

    /** The policy.yaml of a rules folder: exactly one Policy document, the base every other policy layers on. */
    public static PolicyDocument basePolicy(RuleSources sources) throws RulesNotUsableException {
        Path file = sources.dir().resolve("policy.yaml");
        byte[] bytes = sources.policy();
        if (bytes == null) {
            throw new RulesNotUsableException(new InputError(new Location(file.toString(), 0, 0), "", Msg.NO_POLICY,
                    file));
        }
        try {
            Inputs loaded = Loader.loadBytes(Map.of(file.toString(), bytes));
            if (loaded.documentCount() != 1 || loaded.policies.size() != 1) {
                throw new RulesNotUsableException(new InputError(new Location(file.toString(), 1, 1), "",
                        Msg.ONLY_POLICY));
            }
            return loaded.policies.get(0).withOrigin(PolicyDocument.Origin.RULES);
        } catch (InvalidInputException e) {
            throw RulesNotUsableException.of(e);
        }
    }

    /**
     * The Policy documents of a policy file (or upload), which must hold nothing else and at least one; origin says
     * whether they are the operator's (--policy) or came with the inputs (an upload), which national floors bind.
     */
    public static List<PolicyDocument> onlyPolicies(Inputs loaded, String file, PolicyDocument.Origin origin)
            throws InvalidInputException {
        if (loaded.documentCount() == 0 || loaded.documentCount() != loaded.policies.size()) {
            throw new InvalidInputException(new InputError(new Location(file, 1, 1), "", Msg.ONLY_POLICY));
        }
        return loaded.policies.stream().map(p -> p.withOrigin(origin)).toList();
    }
}
