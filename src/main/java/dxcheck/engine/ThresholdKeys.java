package dxcheck.engine;

import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

import java.util.ArrayList;
import java.util.List;

/**
 * The policy keys a rule's conditions read, from its parsed patterns: each {@code Threshold( key == "…" )}
 * constraint, parsed by Drools' constraint parser. A key built from a prefix and a bound value,
 * {@code key == ("plan.minTargets." + $indicator)}, is the prefix with {@link #PREFIX} appended: it reads every key
 * that starts so. Literal keys come first, in the order written, then the prefixes.
 */
final class ThresholdKeys {
    static final String PREFIX = "*";
    private static final String THRESHOLD = "Threshold";
    private static final String KEY = "key";

    private ThresholdKeys() {
    }

    /** The keys read by a rule's patterns (all of them, nested ones included). */
    static List<String> of(List<PatternDescr> patterns) {
        List<String> literal = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (PatternDescr p : patterns) {
            if (!THRESHOLD.equals(ParsedRules.simple(p.getObjectType()))) {
                continue;
            }
            for (BaseDescr c : p.getDescrs()) {
                if (c instanceof ExprConstraintDescr e) {
                    collect(parse(e.getExpression()), literal, prefixes);
                }
            }
        }
        List<String> all = new ArrayList<>(literal);
        all.addAll(prefixes);
        return List.copyOf(all);
    }

    private static BaseDescr parse(String constraint) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        ConstraintConnectiveDescr d = parser.parse(constraint);
        return parser.hasErrors() ? null : d;
    }

    private static void collect(BaseDescr d, List<String> literal, List<String> prefixes) {
        if (d instanceof ConstraintConnectiveDescr c) {
            c.getDescrs().forEach(x -> collect(x, literal, prefixes));
        } else if (d instanceof RelationalExprDescr r && "==".equals(r.getOperator())
                && r.getLeft() instanceof AtomicExprDescr left && KEY.equals(left.getExpression().trim())
                && r.getRight() instanceof AtomicExprDescr right) {
            if (right.isLiteral()) {
                String key = stringLiteral(right.getExpression().trim(), 0);
                if (key != null && !literal.contains(key)) {
                    literal.add(key);
                }
            } else {
                String prefix = prefixOf(right.getExpression());
                if (prefix != null) {
                    prefixes.add(prefix + PREFIX);
                }
            }
        }
    }

    /** The text literal that starts a concatenation, ("plan.minTargets." + $x) → plan.minTargets.; else null. */
    static String prefixOf(String expression) {
        String e = expression.strip();
        while (e.startsWith("(") && e.endsWith(")")) {
            e = e.substring(1, e.length() - 1).strip();
        }
        String literal = stringLiteral(e, 0);
        if (literal == null) {
            return null;
        }
        String rest = e.substring(literalLength(e)).strip();
        return rest.startsWith("+") ? literal : null;
    }

    /** The value of the Java text literal at the start of s ("…", escapes read), or null when there is none. */
    private static String stringLiteral(String s, int from) {
        if (s.length() <= from || s.charAt(from) != '"') {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = from + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\' && i + 1 < s.length()) {
                c = s.charAt(++i);
            }
            b.append(c);
        }
        return null;
    }

    /** The length of the text literal at the start of s, quotes included. */
    private static int literalLength(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i + 1;
            }
        }
        return s.length();
    }
}
