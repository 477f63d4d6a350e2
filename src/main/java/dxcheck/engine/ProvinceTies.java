package dxcheck.engine;

import dxcheck.model.AgencyStatus;
import dxcheck.model.InJurisdiction;
import dxcheck.model.OfAgency;
import dxcheck.model.OfPlan;
import dxcheck.model.Plan;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the facts of a province that a rule matches are tied to one province by its constraints ({@link RuleScope}):
 * a union-find over the rule's patterns, joined by {@code jurisdiction == $j}, {@code agencyId == $a.id},
 * {@code planId == $p.id}, a variable bound to such a field, or {@code this == $a}.
 */
final class ProvinceTies {
    /** Facts every session is given (and the national pass): the date, policy values, knowledge, waivers. */
    static final Set<String> SHARED = Set.of("AsOf", "Threshold", "Province", "Covers", "PolicyOverride",
            "Waiver");
    private static final Pattern BINDING = Pattern.compile(
            "^\\s*(\\$\\w+)\\s*:\\s*(\\w+)\\s*((?:==|!=|<=|>=|<|>)\\s*.*)?$");
    private static final Pattern FIELD_EQUALS_VAR = Pattern.compile(
            "^\\s*(\\w+)\\s*==\\s*(\\$\\w+)(?:\\.(\\w+)(?:\\(\\))?)?\\s*$");
    private static final Pattern VAR_EQUALS_FIELD = Pattern.compile(
            "^\\s*(\\$\\w+)(?:\\.(\\w+)(?:\\(\\))?)?\\s*==\\s*(\\w+)\\s*$");

    /** A fact pattern of the rule: its type's simple name, its class if a model class, and if every match holds one. */
    record Use(PatternDescr pattern, String typeName, Class<?> type, boolean outright) {
        boolean shared() {
            return SHARED.contains(typeName);
        }

        boolean finding() {
            return typeName.equals("Finding");
        }

        boolean ofProvince() {
            return !shared() && !finding();
        }
    }

    private ProvinceTies() {
    }

    /**
     * Two patterns of province facts that no constraint ties to one province (the first one, then one not tied to
     * it), or null when all are tied together.
     */
    static Use[] apart(List<Use> uses) {
        int[] set = new int[uses.size()];
        for (int i = 0; i < set.length; i++) {
            set[i] = i;
        }
        Map<String, Integer> patternOf = new HashMap<>();
        Map<String, Integer> variableOf = new HashMap<>();
        Map<String, String> variableKind = new HashMap<>();
        for (int i = 0; i < uses.size(); i++) {
            Use u = uses.get(i);
            if (u.pattern().getIdentifier() != null) {
                patternOf.put(u.pattern().getIdentifier(), i);
            }
            for (String expr : expressions(u.pattern())) {
                Matcher b = BINDING.matcher(expr);
                String kind = b.matches() ? kind(u, b.group(2)) : null;
                if (kind != null) {
                    variableOf.put(b.group(1), i);
                    variableKind.put(b.group(1), kind);
                }
            }
        }
        for (int i = 0; i < uses.size(); i++) {
            for (String expr : expressions(uses.get(i).pattern())) {
                Matcher b = BINDING.matcher(expr);
                String equality = b.matches() && b.group(3) != null ? b.group(2) + " " + b.group(3) : expr;
                Integer other = tiedTo(uses, i, equality, patternOf, variableOf, variableKind);
                if (other != null) {
                    union(set, i, other);
                }
            }
        }
        for (int i = 1; i < uses.size(); i++) {
            if (find(set, i) != find(set, 0)) {
                return new Use[] {uses.get(0), uses.get(i)};
            }
        }
        return null;
    }

    /** The pattern an equality on pattern i ties it to the province of, or null. */
    private static Integer tiedTo(List<Use> uses, int i, String equality, Map<String, Integer> patternOf,
                                  Map<String, Integer> variableOf, Map<String, String> variableKind) {
        String field;
        String variable;
        String otherField;
        Matcher m = FIELD_EQUALS_VAR.matcher(equality);
        Matcher n = VAR_EQUALS_FIELD.matcher(equality);
        if (m.matches()) {
            field = m.group(1);
            variable = m.group(2);
            otherField = m.group(3);
        } else if (n.matches()) {
            field = n.group(3);
            variable = n.group(1);
            otherField = n.group(2);
        } else {
            return null;
        }
        if (field.equals("this") && otherField == null) {
            return patternOf.get(variable); // the same fact
        }
        String kind = kind(uses.get(i), field);
        if (kind == null) {
            return null;
        }
        if (otherField == null) {
            return kind.equals(variableKind.get(variable)) ? variableOf.get(variable) : null;
        }
        Integer j = patternOf.get(variable);
        return j != null && kind.equals(kind(uses.get(j), otherField)) ? j : null;
    }

    /**
     * A pattern's constraints, each "a && b" in parts: one whose parts all hold ties what each part ties; an "or"
     * ties nothing.
     */
    private static List<String> expressions(PatternDescr p) {
        List<String> out = new ArrayList<>();
        for (BaseDescr c : p.getDescrs()) {
            if (c instanceof ExprConstraintDescr e && !e.getExpression().contains("||")) {
                for (String part : e.getExpression().split("&&")) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    /**
     * What a field of a province fact names: its province, its agency or its plan (each within one province). A type
     * the DRL declares or derives says so by the field's name: it carries the jurisdiction, agency or plan of the
     * facts it was derived from, which a province's rules find in that province.
     */
    static String kind(Use u, String field) {
        Class<?> type = u.type();
        if (type == null) {
            return switch (field) {
                case "jurisdiction" -> "jurisdiction";
                case "agencyId" -> "agency";
                case "planId" -> "plan";
                default -> null;
            };
        }
        if (field.equals("jurisdiction") && InJurisdiction.class.isAssignableFrom(type)) {
            return "jurisdiction";
        }
        if (field.equals("agencyId") && OfAgency.class.isAssignableFrom(type)
                || field.equals("id") && type == AgencyStatus.class) {
            return "agency";
        }
        if (field.equals("planId") && OfPlan.class.isAssignableFrom(type) || field.equals("id") && type == Plan.class) {
            return "plan";
        }
        return null;
    }

    private static int find(int[] set, int i) {
        while (set[i] != i) {
            set[i] = set[set[i]];
            i = set[i];
        }
        return i;
    }

    private static void union(int[] set, int a, int b) {
        set[find(set, a)] = find(set, b);
    }

}
