package dxcheck.engine;

import dxcheck.engine.ParsedRules.ParsedRule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message placeholder with no value of that name would be printed as written ("{acutal}"): every {name} of a
 * requirement's message must be passed by every rule that words its findings with it, and both languages must name
 * the same values.
 */
final class LintMessages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private LintMessages() {
    }

    static void check(List<ParsedRule> rules, List<RuleLint.Issue> issues) {
        Map<String, ParsedRule> definitions = new LinkedHashMap<>();
        rules.stream().filter(r -> r.metadata().containsKey("titleVi") && r.metadata().containsKey("id"))
                .forEach(r -> definitions.putIfAbsent(r.metadata().get("id"), r));
        for (ParsedRule r : rules) {
            String id = r.metadata().get("id");
            if (id == null) {
                continue;
            }
            boolean own = r.metadata().containsKey("messageVi");
            ParsedRule wording = own ? r : definitions.get(id);
            if (wording == null) {
                continue;
            }
            Set<String> vi = placeholders(wording.metadata().get("messageVi"));
            Set<String> en = placeholders(wording.metadata().get("messageEn"));
            if (own) {
                Set<String> differ = new TreeSet<>(vi);
                differ.addAll(en);
                differ.removeIf(p -> vi.contains(p) && en.contains(p));
                differ.forEach(p -> issues.add(new RuleLint.Issue(r.location(), true, "", dxcheck.text.Msg.LINT_PLACEHOLDER_LANG,
                        id, p)));
            }
            FindingCalls calls = FindingCalls.in(r.consequence());
            if (calls.calls().isEmpty()) {
                continue;
            }
            Set<String> passed = calls.names();
            Set<String> wanted = new TreeSet<>(vi);
            wanted.addAll(en);
            for (String p : wanted) {
                if (!passed.contains(p)) {
                    issues.add(new RuleLint.Issue(r.location(), true, "", dxcheck.text.Msg.LINT_PLACEHOLDER, id, p, r.name(),
                            passed.isEmpty() ? "—" : String.join(", ", passed)));
                }
            }
        }
    }

    static Set<String> placeholders(String message) {
        Set<String> out = new TreeSet<>();
        if (message != null) {
            for (Matcher m = PLACEHOLDER.matcher(message); m.find(); ) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    static List<String> sorted(Set<String> s) {
        return new ArrayList<>(s);
    }
}
