package dxcheck.engine;

import dxcheck.model.Location;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a folder as written (parsed, not compiled), for checks the compiler does not make: where each rule is,
 * its metadata, its patterns with the types they match and their bindings, and its consequence's text. A file that
 * does not parse is left out (compiling reports it).
 */
final class ParsedRules {
    /** One rule: its file, package, descr and metadata (values without quotes). */
    record ParsedRule(DrlFile file, PackageDescr pkg, RuleDescr descr, Map<String, String> metadata) {
        Location location() {
            return new Location(file.shownPath(), descr.getLine(), descr.getColumn() + 1);
        }

        String name() {
            return descr.getName();
        }

        String consequence() {
            return descr.getConsequence() == null ? "" : String.valueOf(descr.getConsequence());
        }

        /** Every pattern of the conditions, nested ones included. */
        List<PatternDescr> patterns() {
            List<PatternDescr> out = new ArrayList<>();
            collect(descr.getLhs(), out);
            return out;
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

    static List<ParsedRule> of(List<DrlFile> files) {
        List<ParsedRule> out = new ArrayList<>();
        for (DrlFile f : files) {
            PackageDescr pkg;
            DrlParser parser = new DrlParser();
            try {
                pkg = parser.parse(false, f.text());
            } catch (DroolsParserException e) {
                continue;
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
                out.add(new ParsedRule(f, pkg, r, md));
            }
        }
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
            acc.getDescrs().forEach(c -> collect(c, out)); // the patterns accumulated over
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
