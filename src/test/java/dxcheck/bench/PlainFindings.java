package dxcheck.bench;

import dxcheck.engine.Checker;
import dxcheck.model.Finding;
import dxcheck.model.Subject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the plain-Java baseline puts what it decides. Two baselines share the decisions ({@link PlainChecks}) and
 * differ only here: {@link Counting} counts findings per rule id (the old, cheapest baseline), {@link Located} makes
 * each finding as a rule does — its location looked up in the fact's source, its named values in a map — and sorts
 * them in the report's order (the fair baseline of issue 16: the work a rule engine cannot skip either).
 */
abstract class PlainFindings {
    final Map<String, Integer> counts = new TreeMap<>();

    /** A finding of rule about subject (its own id, or an aggregate's), located at a field of the fact at. */
    abstract void add(String rule, String subject, Subject at, String field, Object... params);

    void add(String rule, Subject s, String field, Object... params) {
        add(rule, s.subjectId(), s, field, params);
    }

    /** Findings per rule id. */
    static final class Counting extends PlainFindings {
        @Override
        void add(String rule, String subject, Subject at, String field, Object... params) {
            counts.merge(rule, 1, Integer::sum);
        }
    }

    /** Located findings, sorted as Checker sorts them. */
    static final class Located extends PlainFindings {
        private final List<Finding> findings = new ArrayList<>();

        @Override
        void add(String rule, String subject, Subject at, String field, Object... params) {
            counts.merge(rule, 1, Integer::sum);
            Map<String, Object> named = new LinkedHashMap<>();
            for (int i = 0; i < params.length; i += 2) {
                named.put((String) params[i], params[i + 1]);
            }
            String owner = subject.equals(at.subjectId()) ? at.ownerId() : subject;
            findings.add(new Finding(rule, null, subject, owner, at.source().locate(field), field, named, List.of()));
        }

        List<Finding> sorted() {
            findings.sort(Checker.ORDER);
            return findings;
        }
    }
}
