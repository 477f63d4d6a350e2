package dxcheck.engine;

import dxcheck.engine.ParsedRules.ParsedRule;
import dxcheck.model.Vocabulary;
import dxcheck.text.Msg;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comparisons the compiler accepts but that fail or never hold at run time: a text compared with a number
 * ({@code securityLevel == "3"} fails as "rule '?' failed"), and a vocabulary value that does not exist
 * ({@code level == "comune"} never holds). Only a field of an input fact compared with a literal is judged.
 */
final class LintConstraints {
    private static final Pattern COMPARISON = Pattern.compile(
            "(?<![\\w.$])([A-Za-z_][\\w.]*)\\s*(==|!=|<=|>=|<|>|not contains|contains)\\s*(\"[^\"]*\"|-?\\d+(?:\\.\\d+)?|true|false)(?![\\w.])");
    /** The closed vocabularies of the input format, by the fact type and field that hold them. */
    private static final Map<String, List<String>> VOCABULARIES = Map.of(
            "AgencyStatus.level", Vocabulary.LEVELS,
            "AgencyStatus.type", Vocabulary.AGENCY_TYPES,
            "AgencyStatus.roles", Vocabulary.AGENCY_ROLES,
            "ServiceItem.mode", Vocabulary.SERVICE_MODES,
            "Plan.status", Vocabulary.PLAN_STATUSES,
            "Person.role", Vocabulary.STEERING_ROLES,
            "PlanTarget.indicator", Vocabulary.INDICATORS,
            "PlanTask.pillar", Vocabulary.PILLARS);

    private LintConstraints() {
    }

    static void check(List<ParsedRule> rules, List<RuleLint.Issue> issues) {
        for (ParsedRule r : rules) {
            for (PatternDescr p : r.patterns()) {
                Class<?> type = modelClass(p.getObjectType());
                if (type == null) {
                    continue;
                }
                for (BaseDescr c : p.getDescrs()) {
                    if (c instanceof ExprConstraintDescr e) {
                        check(r, p, type, e.getExpression(), issues);
                    }
                }
            }
        }
    }

    private static void check(ParsedRule r, PatternDescr p, Class<?> type, String expr, List<RuleLint.Issue> issues) {
        for (Matcher m = COMPARISON.matcher(expr); m.find(); ) {
            Field f = field(type, m.group(1));
            if (f == null) {
                continue;
            }
            String literal = m.group(3);
            boolean text = literal.startsWith("\"");
            boolean flag = literal.equals("true") || literal.equals("false");
            boolean contains = m.group(2).endsWith("contains");
            Class<?> t = contains ? String.class : f.type(); // contains: an element of a list of texts
            boolean number = Number.class.isAssignableFrom(box(t));
            boolean fits = text ? t == String.class || t.isEnum() : flag ? box(t) == Boolean.class : number;
            dxcheck.model.Location at = new dxcheck.model.Location(r.file().shownPath(), p.getLine(), p.getColumn() + 1);
            if (!fits && t != Object.class) {
                issues.add(new RuleLint.Issue(at, true, r.file().line(p.getLine()), Msg.LINT_TYPE_MISMATCH, r.name(),
                        m.group(1), t.getSimpleName(), literal));
                continue;
            }
            List<String> vocabulary = VOCABULARIES.get(f.owner().getSimpleName() + "." + f.name());
            String value = text ? literal.substring(1, literal.length() - 1) : null;
            if (vocabulary != null && value != null && !vocabulary.contains(value)) {
                issues.add(new RuleLint.Issue(at, true, r.file().line(p.getLine()), Msg.LINT_NOT_IN_VOCABULARY, r.name(),
                        m.group(1), value, String.join(", ", vocabulary)));
            }
        }
    }

    /** The last field of a path (staffing.dedicatedDxStaff), its type and the record that holds it; null if unknown. */
    private record Field(Class<?> owner, String name, Class<?> type) {
    }

    private static Field field(Class<?> type, String path) {
        Class<?> current = type;
        Field last = null;
        for (String segment : path.split("\\.")) {
            Method accessor = Accessors.of(current, segment);
            if (accessor == null) {
                return null;
            }
            last = new Field(current, segment, accessor.getReturnType());
            current = accessor.getReturnType();
        }
        return last;
    }

    private static Class<?> modelClass(String objectType) {
        try {
            Class<?> c = Class.forName("dxcheck.model." + ParsedRules.simple(objectType));
            return c.isRecord() ? c : null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Class<?> box(Class<?> t) {
        if (!t.isPrimitive()) {
            return t;
        }
        return t == boolean.class ? Boolean.class : t == int.class ? Integer.class : t == long.class ? Long.class
                : t == double.class ? Double.class : Number.class;
    }
}
