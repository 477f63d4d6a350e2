package dxcheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calls a rule's consequence makes to {@link Findings}, read from its text: which fact the finding is about, the
 * field it names and the names of the values it passes ({@code Findings.of(kcontext, $a, "spec.x", "actual", $n)}).
 */
record FindingCalls(List<Call> calls) {
    private static final Pattern START = Pattern.compile("Findings\\.(of|about|withSeverity)\\s*\\(");

    /** One call: the subject's binding ($a, or null), the field (a literal, or null) and the literal names passed. */
    record Call(String subject, String field, List<String> names) {
    }

    static FindingCalls in(String consequence) {
        List<Call> out = new ArrayList<>();
        for (Matcher m = START.matcher(consequence); m.find(); ) {
            List<String> args = arguments(consequence, m.end());
            // of(kcontext, subject, field, n, v…); withSeverity(kcontext, sev, subject, field, …);
            // about(kcontext, subjectId, locatedBy, field, …)
            int subjectAt = m.group(1).equals("of") ? 1 : 2;
            if (args.size() <= subjectAt + 1) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (int i = subjectAt + 2; i < args.size(); i += 2) {
                String a = args.get(i);
                if (a.startsWith("\"") && a.endsWith("\"") && a.length() >= 2) {
                    names.add(a.substring(1, a.length() - 1));
                }
            }
            String subject = args.get(subjectAt).startsWith("$") ? args.get(subjectAt) : null;
            String field = args.get(subjectAt + 1);
            boolean literal = field.matches("\"[^\"]*\"");
            out.add(new Call(subject, literal ? field.substring(1, field.length() - 1) : null, names));
        }
        return new FindingCalls(out);
    }

    /** The top-level arguments of a call whose opening parenthesis ends just before {@code from}. */
    private static List<String> arguments(String text, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder cur = new StringBuilder();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                cur.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    cur.append(text.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    args.add(cur.toString().strip());
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(cur.toString().strip());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        return args;
    }

    /** Every literal name the calls pass. */
    java.util.Set<String> names() {
        java.util.Set<String> all = new java.util.TreeSet<>();
        calls.forEach(c -> all.addAll(c.names()));
        return all;
    }
}
