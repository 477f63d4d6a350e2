package dxcheck.engine;

import dxcheck.engine.ParsedRules.ParsedRule;
import dxcheck.model.Location;
import dxcheck.text.Msg;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule pack (kmodule.xml) whose packages= names no package of the folder's DRL files would silently leave its rules
 * out: each name (or pattern, dxcheck.rules.*) must match a package some file declares.
 */
final class LintPacks {
    private static final Pattern KBASE = Pattern.compile("<kbase\\b([^>]*)>");
    private static final Pattern NAME = Pattern.compile("\\bname\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern PACKAGES = Pattern.compile("\\bpackages\\s*=\\s*\"([^\"]*)\"");

    private LintPacks() {
    }

    static void check(Path dir, String xml, List<ParsedRule> rules, List<RuleLint.Issue> issues) {
        if (xml.isEmpty()) {
            return;
        }
        Set<String> declared = new TreeSet<>();
        rules.forEach(r -> declared.add(r.pkg().getName()));
        for (Matcher k = KBASE.matcher(xml); k.find(); ) {
            Matcher name = NAME.matcher(k.group(1));
            Matcher packages = PACKAGES.matcher(k.group(1));
            if (!packages.find()) {
                continue;
            }
            for (String p : packages.group(1).split(",")) {
                String wanted = p.strip();
                if (!wanted.isEmpty() && declared.stream().noneMatch(d -> matches(wanted, d))) {
                    int line = (int) xml.substring(0, k.start()).chars().filter(c -> c == '\n').count() + 1;
                    issues.add(new RuleLint.Issue(new Location(dir.resolve(RulePacks.KMODULE).toString(), line, 1), true,
                            xml.lines().skip(line - 1).findFirst().orElse("").strip(), Msg.LINT_PACKAGE_MATCHES_NOTHING,
                            name.find() ? name.group(1) : "?", wanted, String.join(", ", declared)));
                }
            }
        }
    }

    /** kmodule.xml's package patterns: an exact name, or a prefix ending in * (dxcheck.rules.* matches its sub-packages). */
    static boolean matches(String pattern, String pkg) {
        if (pattern.endsWith("*")) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            return pkg.startsWith(prefix) || (prefix.endsWith(".") && pkg.equals(prefix.substring(0, prefix.length() - 1)));
        }
        return pattern.equals(pkg);
    }
}
