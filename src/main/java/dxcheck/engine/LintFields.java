package dxcheck.engine;

import dxcheck.engine.ParsedRules.ParsedRule;
import dxcheck.text.Msg;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A finding located at a field the fact does not have would point at the wrong line: the field must exist. */
final class LintFields {
    private LintFields() {
    }

    static void check(List<ParsedRule> rules, List<RuleLint.Issue> issues) {
        InputFields fields = InputFields.load();
        if (fields == null) {
            return;
        }
        for (ParsedRule r : rules) {
            Map<String, String> bindings = r.bindings();
            for (FindingCalls.Call c : FindingCalls.in(r.consequence()).calls()) {
                if (c.subject() == null || c.field() == null || !bindings.containsKey(c.subject())) {
                    continue;
                }
                String type = bindings.get(c.subject());
                Set<String> known = fields.of(type);
                if (known != null && !known.contains(c.field())) {
                    issues.add(new RuleLint.Issue(r.location(), true, "", Msg.LINT_UNKNOWN_FIELD, r.name(), c.field(),
                            type));
                }
            }
        }
    }
}
