package dxcheck.engine;

import dxcheck.load.ErrorList;
import dxcheck.load.InvalidInputException;
import dxcheck.load.KnowledgeReader;
import dxcheck.load.PolicyLayers;
import dxcheck.model.Citation;
import dxcheck.model.LegalSource;
import dxcheck.model.Location;
import dxcheck.model.PolicyDocument;
import dxcheck.model.RuleFamily;
import dxcheck.text.Msg;
import org.kie.api.KieBase;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compiled rules of a rules folder with what the folder knows beside them: every .drl below it, compiled with
 * the classic DRL compiler (drools-mvel), which reports semantic errors with real line numbers; syntax errors come
 * from parsing each file first ({@link ParsedRules}), which also gives columns, where each rule is and the policy
 * keys it reads. Built from sources read once ({@link RuleSources}); a {@link RuleBaseStore} may hold the compiled
 * form from an earlier run. Keeping rule bases in memory is the caller's business (run.RuleSets).
 */
public final class RuleBase {
    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final Map<String, Location> policyKeysRead;
    private final Partitioning partitioning;
    private final Knowledge knowledge;

    private RuleBase(KieBase kieBase, Map<String, RuleInfo> rules, Map<String, Location> policyKeysRead,
                     Partitioning partitioning, Knowledge knowledge) {
        this.kieBase = kieBase;
        this.rules = Collections.unmodifiableMap(rules);
        this.policyKeysRead = Collections.unmodifiableMap(policyKeysRead);
        this.partitioning = partitioning;
        this.knowledge = knowledge;
    }

    /** Which rules run once over all provinces when a check holds several (the others run per province). */
    public Partitioning partitioning() {
        return partitioning;
    }

    /**
     * The rule base of sources already read (so that it is built from exactly the bytes fingerprinted): read back
     * from the store when it holds it, else compiled (and then stored). kbase names a rule pack of the folder's
     * kmodule.xml (null for its default rule base).
     */
    public static RuleBase build(RuleSources sources, String kbase, RuleBaseStore store)
            throws RulesNotUsableException {
        RuleBase compiled = fromStoreOrCompiled(sources, kbase, store);
        Knowledge k;
        try {
            k = KnowledgeReader.read(sources.dir(), sources.knowledge());
        } catch (InvalidInputException e) {
            throw RulesNotUsableException.of(e);
        }
        return compiled.withKnowledge(k);
    }

    /**
     * The name of the rule base of these sources and pack, in memory and on disk: it changes with any byte of the
     * folder (its fingerprint), the folder's name (rule locations carry it), the pack and the tool's versions.
     */
    public static String key(RuleSources sources, String kbase) {
        return RuleBaseCache.key(sources.fingerprint(), sources.dir().toString(), kbase);
    }

    /** What the rules folder knows beside its rules: rule families, legal sources, labels, provinces. */
    public Knowledge knowledge() {
        return knowledge;
    }

    /** Every policy key a rule's conditions name literally, with the first rule that reads it. */
    public Map<String, Location> policyKeysRead() {
        return policyKeysRead;
    }

    /** The keys a rule reads that are not among the given ones, each at the first rule reading it. */
    Map<String, Location> keysReadOutside(java.util.Set<String> defined) {
        Map<String, Location> outside = new TreeMap<>();
        policyKeysRead.forEach((key, at) -> {
            if (!defined.contains(key)) {
                outside.put(key, at);
            }
        });
        return outside;
    }

    /**
     * The keys a rule reads that the base policy (the rules folder's policy.yaml) does not define: such a rule would
     * never fire. evaluationYear is left out: any policy layer may set it.
     */
    public Map<String, Location> keysUndefinedBy(PolicyDocument base) {
        Map<String, Location> undefined = keysReadOutside(base.keys());
        undefined.remove(PolicyLayers.EVALUATION_YEAR);
        return undefined;
    }

    /** Refuses rules that read a key the base policy does not define, as lint does (for watch and serve). */
    public void requireKeysDefinedBy(PolicyDocument base) throws RulesNotUsableException {
        ErrorList errors = new ErrorList();
        keysUndefinedBy(base).forEach((key, at) -> errors.add(at, "", Msg.LINT_KEY_UNDEFINED, key,
                base.source().location().file()));
        errors.throwIfAny(RulesNotUsableException::new);
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** Rule metadata by rule id, sorted by id. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    private static RuleBase fromStoreOrCompiled(RuleSources sources, String kbase, RuleBaseStore store)
            throws RulesNotUsableException {
        if (!sources.kmodule().isEmpty()) {
            // a kmodule.xml may set KieBase options (equality, event mode) that a rule base read back from the
            // cache, made with the default configuration, would not have: rule packs are always compiled
            return compile(sources, kbase);
        }
        String key = key(sources, kbase);
        RuleBaseStore.Entry stored = store.read(key);
        if (stored != null) {
            return new RuleBase(stored.kieBase(), stored.rules(), stored.policyKeysRead(), stored.partitioning(),
                    Knowledge.NONE);
        }
        RuleBase built = compile(sources, kbase);
        store.write(key, new RuleBaseStore.Entry(built.kieBase, built.rules, built.policyKeysRead,
                built.partitioning));
        return built;
    }

    private static RuleBase compile(RuleSources sources, String kbase) throws RulesNotUsableException {
        Path dir = sources.dir();
        ErrorList errors = new ErrorList();
        if (sources.files().isEmpty()) {
            errors.add(new Location(dir.toString(), 0, 0), "", Msg.NO_RULES, dir);
        }
        DrlErrors drlErrors = new DrlErrors(errors);
        List<ParsedRules.ParsedRule> parsed = ParsedRules.parse(sources.files(), drlErrors);
        errors.throwIfAny(RulesNotUsableException::new);
        KieBase kieBase = RulePacks.compile(dir, sources.files(), sources.kmodule(), kbase, drlErrors, errors);
        errors.throwIfAny(RulesNotUsableException::new);
        Map<String, RuleMetadata.Written> written = new HashMap<>();
        parsed.forEach(r -> written.put(r.key(),
                new RuleMetadata.Written(r.location(), r.policyKeys())));
        Map<String, RuleInfo> rules = RuleMetadata.read(kieBase, written, errors);
        errors.throwIfAny(RulesNotUsableException::new);
        return new RuleBase(kieBase, rules, keysRead(parsed), Partitioning.of(parsed), Knowledge.NONE);
    }

    /** Every literal key, at the first rule (by file, then line) that reads it. */
    private static Map<String, Location> keysRead(List<ParsedRules.ParsedRule> parsed) {
        Map<String, Location> keys = new TreeMap<>();
        parsed.stream().sorted(Comparator.comparing((ParsedRules.ParsedRule r) -> r.file().shownPath())
                        .thenComparingInt(r -> r.descr().getLine()))
                .forEach(r -> r.policyKeys().stream().filter(k -> !k.endsWith(ThresholdKeys.PREFIX))
                        .forEach(k -> keys.putIfAbsent(k, r.location())));
        return keys;
    }

    /**
     * The rule base with its rules' citations joined to the folder's legal sources: a citation of an id the sources
     * do not list, or a reference named as a legal basis, is an error at the rule; so is a rule whose family the
     * folder's families.yaml does not list (when it has one).
     */
    private RuleBase withKnowledge(Knowledge k) throws RulesNotUsableException {
        ErrorList errors = new ErrorList();
        Map<String, RuleInfo> joined = new TreeMap<>();
        for (RuleInfo r : rules.values()) {
            checkCitations(r, r.legalBases(), true, k, errors);
            checkCitations(r, r.references(), false, k, errors);
            String family = RuleFamily.of(r.id());
            // an id outside the catalogue pattern has no family letters: lint says so (LINT_ID_PATTERN)
            if (k.families().declared() && k.families().get(family) == null && RuleLint.CATALOGUE_ID.matcher(r.id())
                    .matches()) {
                errors.add(r.location(), "@id", Msg.KNOWLEDGE_UNKNOWN_FAMILY, r.id(), family, KnowledgeReader.FAMILIES);
            }
            joined.put(r.id(), r.withSources(k.sources()));
        }
        errors.throwIfAny(RulesNotUsableException::new);
        return new RuleBase(kieBase, joined, policyKeysRead, partitioning, k);
    }

    private static void checkCitations(RuleInfo r, List<Citation> cs, boolean basis, Knowledge k, ErrorList errors) {
        for (Citation c : cs) {
            LegalSource s = k.sources().get(c.sourceId());
            if (s == null) {
                errors.add(r.location(), basis ? "@legalBasis" : "@references", Msg.KNOWLEDGE_UNKNOWN_SOURCE, r.id(),
                        c.sourceId(), KnowledgeReader.SOURCES);
            } else if (basis && !s.instrument()) {
                errors.add(r.location(), "@legalBasis", Msg.KNOWLEDGE_NOT_INSTRUMENT, r.id(), c.sourceId());
            }
        }
    }
}
