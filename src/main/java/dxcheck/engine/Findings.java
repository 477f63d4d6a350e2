package dxcheck.engine;

import dxcheck.model.Finding;
import dxcheck.model.Severity;
import dxcheck.model.Subject;
import org.kie.api.runtime.rule.RuleContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Called from rule consequences to make a finding: {@code insert(Findings.of(kcontext, $a,
 * "spec.staffing.dedicatedDxStaff", "actual", $n, "min", $min, "key", "staffing.dxLead.minDedicated"));}.
 * The rule id and severity come from the firing rule's own metadata (a rule that is only a part of a requirement
 * carries just {@code @id}; the severity is then the defining rule's); the location is the field's, or its
 * nearest written parent's when the field is missing.
 */
public final class Findings {
    private Findings() {
    }

    public static Finding of(RuleContext kcontext, Subject subject, String field, Object... params) {
        return about(kcontext, subject.subjectId(), subject, field, params);
    }

    /** A finding whose severity depends on the facts (e.g. a warning before a deadline, an error after it). */
    public static Finding withSeverity(RuleContext kcontext, String severity, Subject subject, String field,
                                       Object... params) {
        return make(kcontext, Severity.parse(severity), subject.subjectId(), subject, field, params);
    }

    /** A finding about an aggregate (a jurisdiction), located at one of the facts it was computed from. */
    public static Finding about(RuleContext kcontext, String subjectId, Subject locatedBy, String field,
                                Object... params) {
        Object severity = kcontext.getRule().getMetaData().get("severity");
        return make(kcontext, severity == null ? null : Severity.parse(String.valueOf(severity).replace("\"", "")),
                subjectId, locatedBy, field, params);
    }

    private static Finding make(RuleContext kcontext, Severity severity, String subjectId, Subject locatedBy,
                                String field, Object... params) {
        if (params.length % 2 != 0) {
            throw new IllegalArgumentException("message parameters must be name/value pairs");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            named.put(String.valueOf(params[i]), params[i + 1]);
        }
        Map<String, Object> md = kcontext.getRule().getMetaData();
        String id = String.valueOf(md.get("id")).replace("\"", "");
        String owner = subjectId.equals(locatedBy.subjectId()) ? locatedBy.ownerId() : subjectId;
        // a part of a requirement that words its findings itself (its own @messageVi, no @titleVi)
        String variant = md.containsKey("messageVi") && !md.containsKey("titleVi") ? kcontext.getRule().getName() : null;
        return new Finding(id, severity, subjectId, owner, locatedBy.source().locate(field), field, named,
                MatchEvidence.of(kcontext.getMatch()), variant);
    }
}
