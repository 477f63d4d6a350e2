package dxcheck.load;

import dxcheck.model.AgencyStatus;
import dxcheck.model.Location;
import dxcheck.model.Plan;
import dxcheck.model.Policy;
import dxcheck.model.PolicyDocument;
import dxcheck.model.Threshold;
import dxcheck.text.Msg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Layers Policy documents: the base (the rules folder's policy.yaml) defines every key and its type; each later
 * layer may only override keys the base defines, with a value of the same type, so a misspelt key is an error
 * instead of a silently ignored override.
 */
public final class PolicyLayers {
    public static final String EVALUATION_YEAR = "evaluationYear";

    private PolicyLayers() {
    }

    /**
     * The policy of a run: the base, then the overrides (--policy files, a test case's), then the Policy documents
     * among the inputs, each later layer over the earlier ones.
     */
    public static Policy merge(PolicyDocument base, List<PolicyDocument> overrides, Inputs inputs)
            throws InvalidInputException {
        ErrorList errors = new ErrorList();
        Map<String, Threshold> values = new LinkedHashMap<>(base.thresholds());
        putEvaluationYear(base, values);
        List<PolicyDocument> layers = new ArrayList<>(List.of(base));
        List<PolicyDocument> over = new ArrayList<>(overrides);
        over.addAll(inputs.policies);
        for (PolicyDocument p : over) {
            putEvaluationYear(p, values);
            checkExtends(p, layers, errors);
            checkJurisdiction(p, inputs, errors);
            for (Threshold t : p.thresholds().values()) {
                Threshold old = values.get(t.key());
                if (old == null) {
                    errors.add(t.location(), "spec.thresholds", Msg.POLICY_UNKNOWN_KEY, t.key(), base.id());
                } else if (!typeOf(old.value()).equals(typeOf(t.value()))) {
                    errors.add(t.location(), "spec.thresholds." + t.key(), Msg.POLICY_WRONG_TYPE, t.key(),
                            typeOf(old.value()), typeOf(t.value()));
                } else {
                    values.put(t.key(), t);
                }
            }
            layers.add(p);
        }
        errors.throwIfAny();
        return new Policy(List.copyOf(layers), Map.copyOf(values));
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
