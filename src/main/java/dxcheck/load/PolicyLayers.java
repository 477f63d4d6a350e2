package dxcheck.load;

import dxcheck.model.AgencyStatus;
import dxcheck.model.KeyDeclaration;
import dxcheck.model.Location;
import dxcheck.model.Plan;
import dxcheck.model.Policy;
import dxcheck.model.PolicyDocument;
import dxcheck.model.PolicyOverride;
import dxcheck.model.Threshold;
import dxcheck.text.Msg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Layers Policy documents: the base (the rules folder's policy.yaml, the national policy) defines every key, its type
 * and which way is stricter; each later layer may only override keys the base defines, with a value of the same type,
 * so a misspelt key is an error instead of a silently ignored override. A provincial layer may tighten a national
 * floor, never relax it: the national value then stays in force, and the attempt is a fact POL-001 reports. A value
 * given per year is the one of the latest year reached at --as-of, or before the first year that year's target, not
 * yet due.
 */
public final class PolicyLayers {
    public static final String EVALUATION_YEAR = "evaluationYear";

    private PolicyLayers() {
    }

    /**
     * The policy of a run at a date: the base, then the overrides (--policy files, a test case's), then the Policy
     * documents among the inputs, each later layer over the earlier ones.
     */
    public static Policy merge(PolicyDocument base, List<PolicyDocument> overrides, Inputs inputs, LocalDate asOf)
            throws InvalidInputException {
        ErrorList errors = new ErrorList();
        Map<String, Threshold> national = new LinkedHashMap<>();
        for (String k : base.keys()) {
            national.put(k, valueAt(base, k, asOf, null));
        }
        putEvaluationYear(base, national);
        Map<String, Threshold> values = new LinkedHashMap<>(national);
        List<PolicyDocument> layers = new ArrayList<>(List.of(base));
        List<PolicyOverride> overridden = new ArrayList<>();
        List<PolicyDocument> over = new ArrayList<>(overrides);
        over.addAll(inputs.policies);
        for (PolicyDocument p : over) {
            putEvaluationYear(p, values);
            checkExtends(p, layers, errors);
            checkJurisdiction(p, inputs, errors);
            p.declarations().values().forEach(d -> errors.add(d.location(), "spec.thresholds." + d.key(),
                    Msg.POLICY_DECLARATION_ONLY_BASE, base.id(), "stricter, floor, basis"));
            for (String k : p.keys()) {
                Threshold old = national.get(k);
                Threshold t = valueAt(p, k, asOf, old);
                if (old == null) {
                    errors.add(t.location(), "spec.thresholds", Msg.POLICY_UNKNOWN_KEY, k, base.id());
                } else if (!typeOf(old.value()).equals(typeOf(t.value()))) {
                    errors.add(t.location(), "spec.thresholds." + k, Msg.POLICY_WRONG_TYPE, k, typeOf(old.value()),
                            typeOf(t.value()));
                } else {
                    apply(p, t, old, base.declarations().get(k), values, overridden);
                }
            }
            layers.add(p);
        }
        errors.throwIfAny();
        return new Policy(List.copyOf(layers), Map.copyOf(values), List.copyOf(overridden));
    }

    /**
     * A provincial value of a national floor is recorded for POL-001 and applied only when at least as strict as the
     * national one (and due no later); any other layer's value is applied.
     */
    private static void apply(PolicyDocument p, Threshold t, Threshold national, KeyDeclaration d,
                              Map<String, Threshold> values, List<PolicyOverride> overridden) {
        boolean bound = p.boundByFloors() && d != null && d.stricter() != null;
        if (!bound) {
            values.put(t.key(), t);
            return;
        }
        overridden.add(new PolicyOverride(p.id(), t.key(), t.value(), t.year(), national.value(), national.year(),
                d.stricter().id(), d.floor(), t.location()));
        boolean notLater = t.year() == null || national.year() == null || t.year() <= national.year();
        if (!d.floor() || d.stricter().atLeastAsStrict(t.value(), national.value()) && notLater) {
            values.put(t.key(), t);
        }
    }

    /**
     * A document's value of a key at a date. A plain value of a later layer keeps the year of the value it replaces (a
     * province tightens the national 2025 target, it does not move its year); one given per year has its own.
     */
    private static Threshold valueAt(PolicyDocument p, String k, LocalDate asOf, Threshold replaced) {
        NavigableMap<Integer, Object> perYear = p.byYear().get(k);
        if (perYear == null) {
            Threshold plain = p.thresholds().get(k);
            return replaced == null ? plain : replaced.replacedBy(plain.value(), p.id(), plain.location());
        }
        Map.Entry<Integer, Object> reached = perYear.floorEntry(asOf.getYear());
        Map.Entry<Integer, Object> chosen = reached != null ? reached : perYear.firstEntry();
        return new Threshold(k, chosen.getValue(), p.id(), p.thresholds().get(k).location(), chosen.getKey(),
                reached != null);
    }

    /** spec.evaluationYear is read by rules like any threshold, under the key "evaluationYear". */
    private static void putEvaluationYear(PolicyDocument p, Map<String, Threshold> values) {
        if (p.evaluationYear() != null) {
            values.put(EVALUATION_YEAR, new Threshold(EVALUATION_YEAR, p.evaluationYear().longValue(), p.id(),
                    p.source().locate("spec.evaluationYear")));
        }
    }

    private static void checkExtends(PolicyDocument p, List<PolicyDocument> before, ErrorList errors) {
        if (p.extendsId() == null || before.stream().anyMatch(b -> b.id().equals(p.extendsId()))) {
            return;
        }
        List<String> ids = before.stream().map(PolicyDocument::id).toList();
        errors.add(p.source().locate("metadata.extends"), "metadata.extends", Msg.POLICY_EXTENDS, p.extendsId(),
                String.join(", ", ids));
    }

    /** A provincial policy must not be applied to another province's documents. */
    private static void checkJurisdiction(PolicyDocument p, Inputs inputs, ErrorList errors) {
        if (p.jurisdiction() == null) {
            return;
        }
        for (AgencyStatus a : inputs.agencies) {
            if (!p.jurisdiction().equals(a.jurisdiction())) {
                reportJurisdiction(p, a.jurisdiction(), a.source().locate("metadata.agency.jurisdiction"), errors);
                return;
            }
        }
        for (Plan pl : inputs.plans) {
            if (!p.jurisdiction().equals(pl.jurisdiction())) {
                reportJurisdiction(p, pl.jurisdiction(), pl.source().locate("metadata.jurisdiction"), errors);
                return;
            }
        }
    }

    private static void reportJurisdiction(PolicyDocument p, String other, Location at, ErrorList errors) {
        errors.add(p.source().locate("metadata.jurisdiction"), "metadata.jurisdiction", Msg.POLICY_JURISDICTION,
                p.id(), p.jurisdiction(), other, at);
    }

    static String typeOf(Object v) {
        if (v instanceof Number) {
            return "number";
        }
        if (v instanceof Boolean) {
            return "true/false";
        }
        if (v instanceof LocalDate) {
            return "date";
        }
        return v instanceof List ? "list" : "text";
    }
}
