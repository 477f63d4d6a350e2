package dxcheck.engine;

import dxcheck.model.Location;
import dxcheck.model.PolicyDocument;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a compiled rules folder beyond what compiling it checks: ids in the catalogue pattern, policy keys read
 * but not defined (the rule could never fire) or defined but read by no rule, policy keys that do not declare which
 * way is stricter (a province's value could not be judged against the national floor), and patterns whose constraints
 * on one field contradict each other (the rule can never fire). Compiling already refuses a rule without a structured
 * legal basis or reference (@legalBasis, @references naming legal-sources.yaml).
 */
public final class RuleLint {
    public static final Pattern CATALOGUE_ID = Pattern.compile("[A-Z]{3}-[0-9]{3}");
    private static final Pattern SIMPLE = Pattern.compile(
            "^\\s*([A-Za-z_][\\w.]*)\\s*(==|<=|>=|<|>)\\s*(-?\\d+(?:\\.\\d+)?|\"[^\"]*\")\\s*$");

    /** One problem found, located at a rule or a pattern. */
    public record Issue(Location location, boolean error, String sourceLine, Msg msg, Object... args) {
        public String message(Lang lang) {
            return msg.format(lang, args);
        }
    }

    private RuleLint() {
    }

    /** The issues of a rules folder as read once (sources), its rule base built from them and its base policy. */
    public static List<Issue> check(RuleSources sources, RuleBase rules, PolicyDocument basePolicy) {
        List<Issue> issues = new ArrayList<>();
        for (RuleInfo r : rules.rules().values()) {
            if (!CATALOGUE_ID.matcher(r.id()).matches()) {
                issues.add(new Issue(r.location(), true, "", Msg.LINT_ID_PATTERN, r.id()));
            }
            if (r.subject() == null) {
                issues.add(new Issue(r.location(), false, "", Msg.LINT_NO_SUBJECT, r.id()));
            }
        }
        List<ParsedRules.ParsedRule> parsed = ParsedRules.of(sources.files());
        policyKeys(parsed, rules, basePolicy, issues);
        parsed.forEach(r -> contradictions(r, issues));
        LintMessages.check(parsed, issues);
        LintFields.check(parsed, issues);
        LintConstraints.check(parsed, issues);
        RuleScope.check(parsed, issues);
        LintPacks.check(sources.dir(), sources.kmodule(), parsed, issues);
        return issues;
    }

    private static void policyKeys(List<ParsedRules.ParsedRule> parsed, RuleBase rules, PolicyDocument base,
                                   List<Issue> issues) {
        rules.keysUndefinedBy(base).forEach((key, at) -> issues.add(new Issue(at, true, "", Msg.LINT_KEY_UNDEFINED, key,
                base.source().location().file())));
        List<String> prefixes = new ArrayList<>();
        parsed.forEach(r -> r.policyKeys().stream().filter(k -> k.endsWith(ThresholdKeys.PREFIX))
                .forEach(k -> prefixes.add(k.substring(0, k.length() - ThresholdKeys.PREFIX.length()))));
        base.thresholds().values().forEach(t -> {
            dxcheck.model.KeyDeclaration d = base.declarations().get(t.key());
            if (d == null || d.stricter() == null) {
                issues.add(new Issue(t.location(), true, "", Msg.POLICY_KEY_UNDECLARED, t.key(),
                        dxcheck.model.KeyDeclaration.Stricter.ids()));
            }
            boolean read = rules.policyKeysRead().containsKey(t.key())
                    || prefixes.stream().anyMatch(p -> t.key().startsWith(p));
            if (!read) {
                issues.add(new Issue(t.location(), false, "", Msg.LINT_KEY_UNREAD, t.key()));
            }
        });
    }

    private static void contradictions(ParsedRules.ParsedRule r, List<Issue> issues) {
        DrlFile f = r.file();
        patterns(r.descr().getLhs()).forEach(p -> {
            String[] clash = clash(p);
            if (clash != null) {
                issues.add(new Issue(new Location(f.shownPath(), p.getLine(), p.getColumn() + 1), false,
                        f.line(p.getLine()), Msg.LINT_NEVER_FIRES, r.name(), clash[0], clash[1]));
            }
        });
    }

    private static List<PatternDescr> patterns(BaseDescr d) {
        List<PatternDescr> out = new ArrayList<>();
        if (d instanceof PatternDescr p) {
            out.add(p);
        } else if (d instanceof ConditionalElementDescr ce) {
            ce.getDescrs().forEach(c -> out.addAll(patterns((BaseDescr) c)));
        }
        return out;
    }

    /** Two constraints of one pattern on the same field that no value can meet together, or null. */
    static String[] clash(PatternDescr p) {
        Map<String, List<String[]>> byField = new HashMap<>();
        for (BaseDescr c : p.getDescrs()) {
            if (c instanceof ExprConstraintDescr e) {
                Matcher m = SIMPLE.matcher(e.getExpression());
                if (m.matches()) {
                    byField.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(new String[] {m.group(2), m.group(3)});
                }
            }
        }
        for (Map.Entry<String, List<String[]>> e : byField.entrySet()) {
            List<String[]> cs = e.getValue();
            for (int i = 0; i < cs.size(); i++) {
                for (int j = i + 1; j < cs.size(); j++) {
                    if (!compatible(cs.get(i), cs.get(j))) {
                        return new String[] {e.getKey() + " " + cs.get(i)[0] + " " + cs.get(i)[1],
                            e.getKey() + " " + cs.get(j)[0] + " " + cs.get(j)[1]};
                    }
                }
            }
        }
        return null;
    }

    private static boolean compatible(String[] a, String[] b) {
        if (a[1].startsWith("\"") || b[1].startsWith("\"")) {
            return !(a[0].equals("==") && b[0].equals("==") && !a[1].equals(b[1]));
        }
        double x = Double.parseDouble(a[1]);
        double y = Double.parseDouble(b[1]);
        for (double probe : new double[] {x, y, (x + y) / 2, Math.min(x, y) - 1, Math.max(x, y) + 1}) {
            if (holds(a[0], probe, x) && holds(b[0], probe, y)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(String op, double v, double bound) {
        return switch (op) {
            case "==" -> v == bound;
            case "<" -> v < bound;
            case "<=" -> v <= bound;
            case ">" -> v > bound;
            default -> v >= bound;
        };
    }
}
