package dxcheck.engine;

import dxcheck.load.ErrorList;
import dxcheck.load.InvalidInputException;
import dxcheck.load.KnowledgeReader;
import dxcheck.model.Location;
import dxcheck.model.Severity;
import dxcheck.text.Msg;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The compiled rules of a rules folder: every .drl below it, built once per run with the classic DRL compiler
 * (drools-mvel), which reports semantic errors with real line numbers; syntax errors come from a pre-parse with
 * DrlParser, which also gives columns.
 */
public final class RuleBase {
    private static final Pattern POLICY_KEY = Pattern.compile("Threshold\\s*\\(\\s*key\\s*==\\s*\"([^\"]+)\"");
    /** A key built from a prefix and a bound value, e.g. key == ("plan.minTargets." + $indicator). */
    private static final Pattern POLICY_KEY_PREFIX =
            Pattern.compile("Threshold\\s*\\(\\s*key\\s*==\\s*\\(\\s*\"([^\"]+)\"\\s*\\+");
    private static final List<String> SEVERITIES = List.of("error", "warning", "info");

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final Map<String, Location> policyKeysRead;
    private final Knowledge knowledge;

    private RuleBase(KieBase kieBase, Map<String, RuleInfo> rules, Map<String, Location> policyKeysRead,
                     Knowledge knowledge) {
        this.kieBase = kieBase;
        this.rules = Collections.unmodifiableMap(rules);
        this.policyKeysRead = Collections.unmodifiableMap(policyKeysRead);
        this.knowledge = knowledge;
    }

    /** What the rules folder knows beside its rules: legal sources, labels, provinces. */
    public Knowledge knowledge() {
        return knowledge;
    }

    /**
     * The rule base with its rules' citations joined to the folder's legal sources: a citation of an id the sources
     * do not list, or a reference named as a legal basis, is an error at the rule.
     */
    RuleBase withKnowledge(Knowledge k) throws InvalidInputException {
        ErrorList errors = new ErrorList();
        Map<String, RuleInfo> joined = new TreeMap<>();
        for (RuleInfo r : rules.values()) {
            checkCitations(r, r.legalBases(), true, k, errors);
            checkCitations(r, r.references(), false, k, errors);
            joined.put(r.id(), r.withSources(k.sources()));
        }
        errors.throwIfAny();
        return new RuleBase(kieBase, joined, policyKeysRead, k);
    }

    private static void checkCitations(RuleInfo r, List<dxcheck.model.Citation> cs, boolean basis, Knowledge k,
                                       ErrorList errors) {
        for (dxcheck.model.Citation c : cs) {
            dxcheck.model.LegalSource s = k.sources().get(c.sourceId());
            if (s == null) {
                errors.add(r.location(), basis ? "@legalBasis" : "@references", Msg.KNOWLEDGE_UNKNOWN_SOURCE, r.id(),
                        c.sourceId(), KnowledgeReader.SOURCES);
            } else if (basis && !s.instrument()) {
                errors.add(r.location(), "@legalBasis", Msg.KNOWLEDGE_NOT_INSTRUMENT, r.id(), c.sourceId());
            }
        }
    }

    /** Every policy key a rule's conditions name literally, with the first rule that reads it. */
    public Map<String, Location> policyKeysRead() {
        return policyKeysRead;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** Rule metadata by rule id, sorted by id. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    /**
     * The rule base of a folder. Built rule bases are kept in memory by the content of their files, so a process
     * that checks many times (tests, a server) compiles each version of the rules once.
     */
    public static RuleBase build(Path dir) throws InvalidInputException {
        return build(dir, null);
    }

    /** The rule base named in the folder's kmodule.xml (a rule pack), or its default one when kbase is null. */
    public static RuleBase build(Path dir, String kbase) throws InvalidInputException {
        return build(RuleSources.read(dir), kbase);
    }

    /** The rule base made of sources already read (so that it is built from exactly the bytes fingerprinted). */
    public static RuleBase build(RuleSources sources, String kbase) throws InvalidInputException {
        List<DrlFile> files = sources.files();
        // the policy is not compiled: a policy edit finds the compiled rules here (not so the disk cache's key)
        String key = kbase + "\u0002" + sources.kmodule() + sources.knowledgeText()
                + files.stream().map(f -> f.shownPath() + "\u0000" + f.text()).reduce("", (a, b) -> a + "\u0001" + b);
        synchronized (BUILT) {
            RuleBase cached = BUILT.get(key);
            if (cached != null) {
                return cached;
            }
        }
        RuleBase built = fromDiskOrCompiled(sources, kbase)
                .withKnowledge(KnowledgeReader.read(sources.dir(), sources.knowledge()));
        synchronized (BUILT) {
            BUILT.put(key, built);
        }
        return built;
    }

    /** Without the in-memory memo: from the disk cache when there, else compiled (and then written there). */
    static RuleBase buildUncached(Path dir, String kbase) throws InvalidInputException {
        RuleSources sources = RuleSources.read(dir);
        return fromDiskOrCompiled(sources, kbase).withKnowledge(KnowledgeReader.read(dir, sources.knowledge()));
    }

    private static RuleBase fromDiskOrCompiled(RuleSources sources, String kbase) throws InvalidInputException {
        Path dir = sources.dir();
        List<DrlFile> files = sources.files();
        String kmodule = sources.kmodule();
        if (!kmodule.isEmpty()) {
            // a kmodule.xml may set KieBase options (equality, event mode) that a rule base read back from the
            // cache, made with the default configuration, would not have: rule packs are always compiled
            return build(dir, files, kmodule, kbase);
        }
        String diskKey = RuleBaseCache.key(files, kmodule, kbase, sources.policyText());
        RuleBaseCache.Entry stored = RuleBaseCache.read(diskKey);
        if (stored != null) {
            return new RuleBase(stored.kieBase(), stored.rules(), stored.policyKeysRead(), Knowledge.NONE);
        }
        RuleBase built = build(dir, files, kmodule, kbase);
        RuleBaseCache.write(diskKey, new RuleBaseCache.Entry(built.kieBase, built.rules, built.policyKeysRead));
        return built;
    }

    /**
     * Every rule id a rule of the folder carries (@id), in any package or pack, read from the DRL as written: a rule test
     * case naming another id has a typo.
     */
    public static java.util.Set<String> idsDefinedIn(Path dir) throws IOException {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        ParsedRules.of(DrlFile.under(dir)).forEach(r -> {
            if (r.metadata().get("id") != null) {
                ids.add(r.metadata().get("id"));
            }
        });
        return ids;
    }

    /** Forgets the rule bases kept in memory (tests and benchmarks of the disk cache). */
    public static void forgetBuilt() {
        synchronized (BUILT) {
            BUILT.clear();
        }
    }

    private static final Map<String, RuleBase> BUILT = new java.util.LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleBase> eldest) {
            return size() > 4;
        }
    };

    private static RuleBase build(Path dir, List<DrlFile> files, String kmodule, String kbase)
            throws InvalidInputException {
        ErrorList errors = new ErrorList();
        if (files.isEmpty()) {
            errors.add(new Location(dir.toString(), 0, 0), "", Msg.NO_RULES, dir);
        }
        DrlErrors drlErrors = new DrlErrors(errors);
        Map<String, RuleSource> sources = parseAll(files, drlErrors);
        errors.throwIfAny();
        KieBase kieBase = RulePacks.compile(dir, files, kmodule, kbase, drlErrors, errors);
        errors.throwIfAny();
        Map<String, RuleInfo> rules = readMetadata(kieBase, sources, errors);
        errors.throwIfAny();
        Map<String, Location> keys = new TreeMap<>();
        sources.values().stream().sorted((a, b) -> a.file().shownPath().equals(b.file().shownPath())
                        ? Integer.compare(a.line(), b.line()) : a.file().shownPath().compareTo(b.file().shownPath()))
                .forEach(src -> src.policyKeys().stream().filter(k -> !k.endsWith("*")).forEach(k -> keys.putIfAbsent(k,
                        new Location(src.file().shownPath(), src.line(), src.column()))));
        return new RuleBase(kieBase, rules, keys, Knowledge.NONE);
    }

    /** Where a rule is written and which policy keys its conditions read. */
    private record RuleSource(DrlFile file, int line, int column, List<String> policyKeys) {
    }

    private static Map<String, RuleSource> parseAll(List<DrlFile> files, DrlErrors errors) {
        Map<String, RuleSource> sources = new HashMap<>();
        for (DrlFile f : files) {
            DrlParser parser = new DrlParser();
            PackageDescr pkg;
            try {
                pkg = parser.parse(false, f.text());
            } catch (DroolsParserException e) {
                errors.add(f, e.getLineNumber(), e.getColumn() + 1, e.getMessage());
                continue;
            }
            for (DroolsError e : parser.getErrors()) {
                ParserError pe = e instanceof ParserError p ? p : null;
                errors.add(f, pe == null ? 1 : pe.getRow(), pe == null ? 0 : pe.getCol() + 1, e.getMessage());
            }
            if (pkg == null || parser.hasErrors()) {
                continue;
            }
            for (RuleDescr r : pkg.getRules()) {
                sources.put(pkg.getNamespace() + "/" + r.getName(),
                        new RuleSource(f, r.getLine(), r.getColumn() + 1, policyKeys(f.text(), r)));
            }
        }
        return sources;
    }

    private static List<String> policyKeys(String text, RuleDescr r) {
        int start = Math.max(0, r.getStartCharacter());
        int end = r.getEndCharacter() > start ? Math.min(text.length(), r.getEndCharacter() + 1) : text.length();
        String ruleText = text.substring(start, end);
        List<String> keys = new ArrayList<>();
        for (Matcher m = POLICY_KEY.matcher(ruleText); m.find(); ) {
            if (!keys.contains(m.group(1))) {
                keys.add(m.group(1));
            }
        }
        for (Matcher m = POLICY_KEY_PREFIX.matcher(ruleText); m.find(); ) {
            keys.add(m.group(1) + "*");
        }
        return List.copyOf(keys);
    }

    /**
     * One rule per requirement carries the full metadata; further rules of the same requirement (e.g. a figure taken
     * from a summary or derived from items) carry only {@code @id}; helper rules that derive facts carry
     * {@code @helper} and no id.
     */
    private static Map<String, RuleInfo> readMetadata(KieBase kieBase, Map<String, RuleSource> sources,
                                                      ErrorList errors) {
        Map<String, RuleInfo> byId = new TreeMap<>();
        Map<String, Location> parts = new TreeMap<>();
        Map<String, List<String>> partKeys = new HashMap<>();
        Map<String, String[]> variants = new TreeMap<>();
        List<Rule> all = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            all.addAll(p.getRules());
        }
        all.sort((a, b) -> (a.getPackageName() + "/" + a.getName()).compareTo(b.getPackageName() + "/" + b.getName()));
        for (Rule r : all) {
            RuleSource src = sources.get(r.getPackageName() + "/" + r.getName());
            Location at = src == null ? new Location("rules", 0, 0)
                    : new Location(src.file().shownPath(), src.line(), src.column());
            Map<String, String> md = new HashMap<>();
            r.getMetaData().forEach((k, v) -> md.put(k, unquote(String.valueOf(v))));
            if (md.containsKey("helper") && !md.containsKey("id")) {
                continue;
            }
            if (md.containsKey("id") && PART_KEYS.containsAll(md.keySet())) {
                parts.putIfAbsent(md.get("id"), at);
                if (src != null) {
                    partKeys.computeIfAbsent(md.get("id"), k -> new ArrayList<>()).addAll(src.policyKeys());
                }
                if (md.containsKey("messageVi") || md.containsKey("messageEn")) {
                    variant(r, md, at, variants, errors);
                }
                continue;
            }
            RuleInfo info = info(r, md, at, src == null ? List.of() : src.policyKeys(), errors);
            if (info == null) {
                continue;
            }
            RuleInfo before = byId.putIfAbsent(info.id(), info);
            if (before != null) {
                errors.add(at, "", Msg.RULE_DUPLICATE_ID, info.id(), before.name());
            }
        }
        parts.forEach((id, at) -> {
            if (!byId.containsKey(id)) {
                errors.add(at, "", Msg.RULE_PART_WITHOUT_DEFINITION, id);
            }
        });
        partKeys.forEach((id, keys) -> byId.computeIfPresent(id, (k, r) -> r.withMoreKeys(keys)));
        variants.forEach((part, v) -> byId.computeIfPresent(v[0], (k, r) -> r.withVariant(part, v[1], v[2])));
        return byId;
    }

    /** The metadata a part of a requirement may carry: its id, and a message of its own (both languages). */
    private static final java.util.Set<String> PART_KEYS = java.util.Set.of("id", "messageVi", "messageEn");

    private static void variant(Rule r, Map<String, String> md, Location at, Map<String, String[]> variants,
                                ErrorList errors) {
        for (String k : List.of("messageVi", "messageEn")) {
            if (md.get(k) == null || md.get(k).isBlank()) {
                errors.add(at, "", Msg.RULE_METADATA, r.getName(), k);
                return;
            }
        }
        variants.put(r.getName(), new String[] {md.get("id"), md.get("messageVi"), md.get("messageEn")});
    }

    private static RuleInfo info(Rule r, Map<String, String> md, Location at, List<String> keys, ErrorList errors) {
        boolean ok = true;
        for (String k : RuleInfo.REQUIRED) {
            if (md.get(k) == null || md.get(k).isBlank()) {
                errors.add(at, "", Msg.RULE_METADATA, r.getName(), k);
                ok = false;
            }
        }
        for (String old : List.of("legalBasisVi", "legalBasisEn")) {
            if (md.containsKey(old)) {
                errors.add(at, "@" + old, Msg.KNOWLEDGE_OLD_BASIS, r.getName(), old);
                ok = false;
            }
        }
        List<dxcheck.model.Citation> bases = dxcheck.model.Citation.parseAll(md.get("legalBasis"));
        List<dxcheck.model.Citation> refs = dxcheck.model.Citation.parseAll(md.get("references"));
        if (bases.isEmpty() && refs.isEmpty()) {
            errors.add(at, "", Msg.KNOWLEDGE_NO_CITATION, r.getName());
            ok = false;
        }
        for (dxcheck.model.Citation c : bases) {
            if (!dxcheck.text.CitationText.validProvision(c.provision())) {
                errors.add(at, "@legalBasis", Msg.KNOWLEDGE_BAD_PROVISION, r.getName(), c.provision());
                ok = false;
            }
        }
        if (ok && !SEVERITIES.contains(md.get("severity"))) {
            errors.add(at, "@severity", Msg.NOT_ONE_OF, md.get("severity"), "error, warning, info");
            ok = false;
        }
        if (md.get("subject") != null && !RuleInfo.SUBJECTS.contains(md.get("subject"))) {
            errors.add(at, "@subject", Msg.NOT_ONE_OF, md.get("subject"), String.join(", ", RuleInfo.SUBJECTS));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        return new RuleInfo(md.get("id"), r.getName(), Severity.parse(md.get("severity")), md.get("subject"),
                md.get("titleVi"), md.get("titleEn"), bases, refs, md.get("remediationVi"), md.get("remediationEn"),
                md.get("messageVi"), md.get("messageEn"), Map.of(), keys, at);
    }

    /** The executable model keeps the quotes of @key("value"); the classic path does not. Accept both. */
    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
