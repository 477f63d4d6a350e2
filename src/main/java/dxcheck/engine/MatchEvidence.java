package dxcheck.engine;

import dxcheck.model.AsOf;
import dxcheck.model.Evidence;
import dxcheck.model.Subject;
import dxcheck.model.Threshold;
import dxcheck.text.Lang;
import dxcheck.text.MessageText;
import org.kie.api.runtime.rule.Match;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The evidence of a finding, read from the Drools match that fired the rule: its declarations and its facts. */
final class MatchEvidence {
    private MatchEvidence() {
    }

    static List<Evidence> of(Match match) {
        List<Evidence> out = new ArrayList<>();
        if (match == null) {
            return out;
        }
        Map<Object, Boolean> described = new IdentityHashMap<>();
        Map<String, Object> byName = new TreeMap<>();
        for (String id : match.getDeclarationIds()) {
            byName.put(id, match.getDeclarationValue(id));
        }
        byName.forEach((name, value) -> {
            out.add(describe(name, value));
            described.put(value, true);
        });
        for (Object fact : match.getObjects()) {
            if (fact != null && !described.containsKey(fact) && !(fact instanceof AsOf)) {
                out.add(describe("", fact));
                described.put(fact, true);
            }
        }
        return List.copyOf(out);
    }

    private static Evidence describe(String name, Object value) {
        if (value instanceof Subject s) {
            return new Evidence(name, value.getClass().getSimpleName(), s.subjectId(), s.source().location());
        }
        if (value instanceof Threshold t) {
            return new Evidence(name, "Policy", t.key() + " = " + MessageText.value(t.value(), Lang.EN)
                    + " (" + t.policyId() + ")", t.location());
        }
        if (value instanceof AsOf a) {
            return new Evidence(name, "AsOf", a.date().toString(), null);
        }
        if (value == null || value.getClass().getName().startsWith("java.")) {
            return new Evidence(name, "value", MessageText.value(value, Lang.EN), null);
        }
        return new Evidence(name, value.getClass().getSimpleName(), simpleFields(value), null);
    }

    /** A fact type declared in DRL (e.g. PLN-008's CurrentFigure): its plain fields, not the facts it links. */
    private static String simpleFields(Object value) {
        StringBuilder b = new StringBuilder();
        for (java.lang.reflect.Field f : value.getClass().getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            try {
                f.setAccessible(true);
                Object v = f.get(value);
                if (v instanceof Subject s) {
                    v = s.subjectId();
                } else if (!(v instanceof Number || v instanceof CharSequence || v instanceof Boolean)) {
                    continue;
                }
                b.append(b.length() == 0 ? "" : ", ").append(f.getName()).append('=').append(MessageText.value(v, Lang.EN));
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a field we cannot read is left out of the explanation
            }
        }
        return b.toString();
    }
}
