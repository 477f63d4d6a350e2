package dxcheck.engine;

import dxcheck.load.ErrorList;
import dxcheck.model.Citation;
import dxcheck.model.Location;
import dxcheck.model.Severity;
import dxcheck.text.CitationText;
import dxcheck.text.Msg;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The metadata of a compiled rule base, read rule by rule: one rule per requirement carries the full metadata;
 * further rules of the same requirement (e.g. a figure taken from a summary or derived from items) carry only
 * {@code @id}, or {@code @id} and a message of their own; helper rules that derive facts carry {@code @helper} and no
 * id. Each requirement's policy keys are those all its rules read (from the parsed DRL).
 */
final class RuleMetadata {
    private static final List<String> SEVERITIES = List.of("error", "warning", "info");
    /**
     * The metadata a part of a requirement may carry: its id, a message of its own (both languages), and that it
     * crosses provinces.
     */
    private static final Set<String> PART_KEYS = Set.of("id", "messageVi", "messageEn", RuleScope.SCOPE);

    /** Where a rule is written and which policy keys its conditions read. */
    record Written(Location location, List<String> policyKeys) {
    }

    private RuleMetadata() {
    }

    /** Rule metadata by rule id; written: each rule's place and keys by "package/name". */
    static Map<String, RuleInfo> read(KieBase kieBase, Map<String, Written> written, ErrorList errors) {
        Map<String, RuleInfo> byId = new TreeMap<>();
        Map<String, Location> parts = new TreeMap<>();
        Map<String, List<String>> partKeys = new HashMap<>();
        Map<String, String[]> variants = new TreeMap<>();
        for (Rule r : sorted(kieBase)) {
            Written src = written.get(r.getPackageName() + "/" + r.getName());
            Location at = src == null ? new Location("rules", 0, 0) : src.location();
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

    private static List<Rule> sorted(KieBase kieBase) {
        List<Rule> all = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            all.addAll(p.getRules());
        }
        all.sort((a, b) -> (a.getPackageName() + "/" + a.getName()).compareTo(b.getPackageName() + "/" + b.getName()));
        return all;
    }

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
        boolean ok = required(r, md, at, errors);
        List<Citation> bases = Citation.parseAll(md.get("legalBasis"));
        List<Citation> refs = Citation.parseAll(md.get("references"));
        if (bases.isEmpty() && refs.isEmpty()) {
            errors.add(at, "", Msg.KNOWLEDGE_NO_CITATION, r.getName());
            ok = false;
        }
        for (Citation c : bases) {
            if (!CitationText.validProvision(c.provision())) {
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

    /** Every required key present and no old free-text legal basis. */
    private static boolean required(Rule r, Map<String, String> md, Location at, ErrorList errors) {
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
        return ok;
    }

    /** The executable model keeps the quotes of @key("value"); the classic path does not. Accept both. */
    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
