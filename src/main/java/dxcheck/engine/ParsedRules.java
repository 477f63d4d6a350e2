package dxcheck.engine;

import dxcheck.model.Location;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a folder as written (parsed, not compiled): where each rule is, its metadata, its patterns with the
 * types they match and their bindings, the policy keys its Threshold patterns read, its consequence's text. Building
 * a rule base reads its rules' locations and keys from here; lint makes the checks the compiler does not. A file
 * that does not parse is left out (its syntax errors are reported by {@link #parse}).
 */
final class ParsedRules {
    /**
     * One rule: its file, package, descr, metadata (values without quotes) and the policy keys its conditions read
     * ("prefix*" for a key built from a prefix, {@link ThresholdKeys}).
     */
    record ParsedRule(DrlFile file, PackageDescr pkg, RuleDescr descr, Map<String, String> metadata,
                      List<String> policyKeys) {
        Location location() {
            return new Location(file.shownPath(), descr.getLine(), descr.getColumn() + 1);
        }

        String name() {
            return descr.getName();
        }

        /** "package/name", as the rule base names the rule (a file without a package line: Drools' defaultpkg). */
        String key() {
            String ns = pkg.getNamespace();
            return (ns == null || ns.isEmpty() ? "defaultpkg" : ns) + "/" + name();
        }

        String consequence() {
            return descr.getConsequence() == null ? "" : String.valueOf(descr.getConsequence());
        }

        /** Every pattern of the conditions, nested ones included. */
        List<PatternDescr> patterns() {
            return ParsedRules.patterns(descr);
        }

        /** $binding → the simple name of the type its pattern matches. */
        Map<String, String> bindings() {
            Map<String, String> out = new LinkedHashMap<>();
            for (PatternDescr p : patterns()) {
                if (p.getIdentifier() != null) {
                    out.put(p.getIdentifier(), simple(p.getObjectType()));
                }
            }
            return out;
        }
    }

    private ParsedRules() {
    }

    /** The rules of the files that parse; syntax errors are not reported (compiling reports them). */
    static List<ParsedRule> of(List<DrlFile> files) {
        return parse(files, null);
    }

    /** The rules of the files that parse; each syntax error, with its line and column, goes to errors. */
    static List<ParsedRule> parse(List<DrlFile> files, DrlErrors errors) {
        List<ParsedRule> out = new ArrayList<>();
        for (DrlFile f : files) {
            PackageDescr pkg;
            DrlParser parser = new DrlParser();
            try {
                pkg = parser.parse(false, f.text());
            } catch (DroolsParserException e) {
                if (errors != null) {
                    errors.add(f, e.getLineNumber(), e.getColumn() + 1, e.getMessage());
                }
                continue;
            }
            if (errors != null) {
                for (DroolsError e : parser.getErrors()) {
                    ParserError pe = e instanceof ParserError p ? p : null;
                    errors.add(f, pe == null ? 1 : pe.getRow(), pe == null ? 0 : pe.getCol() + 1, e.getMessage());
                }
            }
            if (pkg == null || parser.hasErrors()) {
                continue;
            }
            for (RuleDescr r : pkg.getRules()) {
                Map<String, String> md = new LinkedHashMap<>();
                for (AnnotationDescr a : r.getAnnotations()) {
                    Object v = a.getSingleValue();
                    md.put(a.getName(), v == null ? "" : AnnotationDescr.unquote(String.valueOf(v)));
                }
                out.add(new ParsedRule(f, pkg, r, md, ThresholdKeys.of(ParsedRules.patterns(r))));
            }
        }
        return out;
    }

    static List<PatternDescr> patterns(RuleDescr rule) {
        List<PatternDescr> out = new ArrayList<>();
        collect(rule.getLhs(), out);
        return out;
    }

    private static void collect(BaseDescr d, List<PatternDescr> out) {
        if (d instanceof PatternDescr p) {
            out.add(p);
            if (p.getSource() != null) {
                collect(p.getSource(), out); // accumulate( … ) from
            }
        } else if (d instanceof ConditionalElementDescr ce) {
            ce.getDescrs().forEach(c -> collect((BaseDescr) c, out));
        } else if (d instanceof org.drools.drl.ast.descr.AccumulateDescr acc) {
            collect(acc.getInput(), out); // the patterns accumulated over
        }
    }

    static String simple(String type) {
        if (type == null) {
            return "";
        }
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }
}
