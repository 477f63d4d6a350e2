package dxcheck.engine;

import dxcheck.engine.ParsedRules.ParsedRule;
import dxcheck.model.Location;
import dxcheck.text.Msg;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a rule runs when a check holds several provinces (issue 16): in each province's own session, or once over
 * all of them (the national pass, after every province's session). Read from the rule as written.
 *
 * <p>Facts are shared by every session (the date, the policy values, the provinces list, the keys a province's policy
 * sets, the waivers), findings, or of a province: every other type — agencies, systems, services, plans, targets,
 * tasks, and anything the rules derive or declare, an interface or Object. A rule runs per province when all the
 * facts of a province it matches are tied to one province by its constraints — {@code jurisdiction == $j},
 * {@code agencyId == $a.id}, {@code planId == $p.id}, a variable bound to such a field, {@code this == $a} — and at
 * least one is matched outright (not only under not, exists, or or accumulate): then its matches in one session over
 * all provinces are the union of its matches in the provinces' sessions. A rule that reads findings, or no fact of a
 * province, runs in the national pass by its nature; any other rule crosses provinces and must say so with
 * {@code @scope("national")}, or lint refuses it (it runs in the national pass either way).
 *
 * <p>The national pass runs after the provinces' rules, so what it does must not depend on that order: its rules may
 * insert findings and change findings, nothing else (no province rule would see it), and a rule of it that reads
 * what the provinces' rules insert (findings, derived facts) must come after them in one session too — a salience
 * below every province rule's. Agenda and activation groups, auto-focus, halting, dynamic salience and queries are not
 * followed: such rules make the check run in one session ({@link Verdict#splittable}).
 */
final class RuleScope {
    static final String SCOPE = "scope";
    static final String NATIONAL = "national";
    /** The types the loaders make: a rule that reads any other type reads what rules insert. */
    private static final Set<String> LOADED = Set.of("AgencyStatus", "InformationSystem", "ServiceItem", "Plan",
            "PlanTarget", "PlanTask");
    /** The rule attributes that mean the same in one session and split: any other keeps a check in one session. */
    private static final Set<String> SAFE_ATTRIBUTES = Set.of("salience", "no-loop", "dialect", "date-effective",
            "date-expires", "enabled");
    /** An insert (drools.insert, insertLogical too) whose argument is not a finding (Findings.of/about/…). */
    private static final Pattern OTHER_INSERT = Pattern.compile("\\binsert(?:Logical)?\\s*\\(\\s*(?!Findings\\.)");
    /** A change to a fact: modify($x), update($x), delete($x), retract($x) (drools. or not), and what it names. */
    private static final Pattern CHANGE = Pattern.compile("\\b(?:modify|update|delete|retract)\\s*\\(\\s*([^)\\s]*)");
    private static final Pattern AGENDA_CALL = Pattern.compile(
            "\\b(?:halt|setFocus|getAgenda|getAgendaGroup|insertLogical)\\s*\\(");
    /** What a DRL function may call on a session (through kcontext or drools passed in). */
    private static final Pattern SESSION_CALL = Pattern.compile(
            "\\b(?:getKieRuntime|insert|insertLogical|update|modify|delete|retract|halt|setFocus|getAgenda)\\s*\\(");

    /**
     * Where a rule runs; the types of the facts it matches (simple names; Object when it calls a query); whether a
     * check may still be split (see the class); its salience (null when not a number); whether it reads what rules
     * insert; what lint says of it.
     */
    record Verdict(boolean national, Set<String> types, boolean splittable, Integer salience, boolean readsInserted,
                   List<RuleLint.Issue> issues) {
    }

    private RuleScope() {
    }

    /** Whether facts of a class come from the loaders or every session's start (not from rules). */
    static boolean givenType(Class<?> type) {
        return LOADED.contains(type.getSimpleName()) || ProvinceTies.SHARED.contains(type.getSimpleName());
    }

    /**
     * The verdicts on a folder's rules (queries left out), what lint says of them, and whether a check may be split:
     * no rule does what only one session does, no function reaches into the session, and no national rule reading
     * what province rules insert could fire before them.
     */
    record Reading(Map<ParsedRule, Verdict> verdicts, List<RuleLint.Issue> issues, boolean splittable) {
    }

    /** Lint: what {@link #read} says of the rules. */
    static void check(List<ParsedRule> rules, List<RuleLint.Issue> issues) {
        issues.addAll(read(rules).issues());
    }

    static Reading read(List<ParsedRule> rules) {
        List<RuleLint.Issue> issues = new ArrayList<>();
        List<org.drools.drl.ast.descr.FunctionDescr> functions = functionsTouchingTheSession(rules);
        for (org.drools.drl.ast.descr.FunctionDescr f : functions) {
            ParsedRule in = rules.stream().filter(r -> r.pkg().getFunctions().contains(f)).findFirst().orElseThrow();
            issues.add(new RuleLint.Issue(new Location(in.file().shownPath(), f.getLine(), f.getColumn() + 1), false,
                    in.file().line(f.getLine()), Msg.LINT_FUNCTION_SESSION, f.getName()));
        }
        Map<ParsedRule, Verdict> verdicts = verdicts(rules);
        verdicts.values().forEach(v -> issues.addAll(v.issues()));
        Integer first = lowestProvinceSalience(verdicts.values());
        boolean splittable = first != null && functions.isEmpty();
        for (Map.Entry<ParsedRule, Verdict> e : verdicts.entrySet()) {
            splittable &= e.getValue().splittable();
            if (first != null && tooEarly(e.getValue(), first)) {
                issues.add(issue(e.getKey(), null, true, Msg.LINT_NATIONAL_TOO_EARLY, e.getKey().name(), first));
                splittable = false;
            }
        }
        return new Reading(verdicts, issues, splittable);
    }

    private static Map<ParsedRule, Verdict> verdicts(List<ParsedRule> rules) {
        Set<String> queries = new java.util.HashSet<>();
        rules.stream().filter(r -> r.descr() instanceof QueryDescr).forEach(r -> queries.add(r.name()));
        Map<ParsedRule, Verdict> out = new java.util.LinkedHashMap<>();
        for (ParsedRule r : rules) {
            if (!(r.descr() instanceof QueryDescr)) {
                out.put(r, of(r, queries));
            }
        }
        return out;
    }

    /** The DRL functions that reach into a rule session: what they do is not followed, so a check stays whole. */
    private static List<org.drools.drl.ast.descr.FunctionDescr> functionsTouchingTheSession(List<ParsedRule> rules) {
        Set<org.drools.drl.ast.descr.PackageDescr> pkgs = java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>());
        rules.forEach(r -> pkgs.add(r.pkg()));
        return pkgs.stream().flatMap(p -> p.getFunctions().stream())
                .filter(f -> SESSION_CALL.matcher(String.valueOf(f.getBody())).find()).toList();
    }

    /** The lowest salience of a province rule (0 by default); null when one has a salience that is not a number. */
    private static Integer lowestProvinceSalience(java.util.Collection<Verdict> verdicts) {
        int lowest = Integer.MAX_VALUE;
        for (Verdict v : verdicts) {
            if (!v.national()) {
                if (v.salience() == null) {
                    return null;
                }
                lowest = Math.min(lowest, v.salience());
            }
        }
        return lowest;
    }

    /** A national rule that reads what province rules insert, and could fire in one session before they are done. */
    private static boolean tooEarly(Verdict v, int lowestProvinceSalience) {
        return v.national() && v.readsInserted() && (v.salience() == null || v.salience() >= lowestProvinceSalience);
    }

    /** The verdict on a rule; queries: the names of the folder's queries (a call reads like a pattern). */
    static Verdict of(ParsedRule r, Set<String> queries) {
        List<ProvinceTies.Use> uses = new ArrayList<>();
        boolean query = walk(r.descr().getLhs(), true, uses);
        query |= uses.removeIf(u -> queries.contains(u.typeName()));
        Set<String> types = new LinkedHashSet<>();
        uses.forEach(u -> types.add(u.typeName()));
        if (query) {
            types.add("Object"); // the query's own patterns are not followed: the national pass gets every fact
        }
        List<RuleLint.Issue> issues = new ArrayList<>();
        boolean national = national(r, uses, query, issues);
        boolean splittable = oneSessionOnly(r, issues);
        Integer salience = salience(r);
        if (national) {
            splittable &= changesOnlyFindings(r, uses, issues);
        }
        boolean readsInserted = query || uses.stream().anyMatch(u -> !u.shared() && !LOADED.contains(u.typeName()));
        return new Verdict(national, types, splittable && salience != null, salience, readsInserted, issues);
    }

    /** Whether the rule runs in the national pass; says why lint refuses it when it crosses without saying so. */
    private static boolean national(ParsedRule r, List<ProvinceTies.Use> uses, boolean query, List<RuleLint.Issue> issues) {
        String scope = r.metadata().get(SCOPE);
        if (scope != null) {
            if (!scope.equals(NATIONAL)) {
                issues.add(issue(r, null, true, Msg.LINT_SCOPE_VALUE, r.name(), scope));
            }
            return true;
        }
        if (uses.stream().anyMatch(u -> u.finding() || u.typeName().equals("Object"))) { // Object: findings too
            return true;
        }
        if (query) {
            issues.add(issue(r, null, true, Msg.LINT_QUERY_SCOPE, r.name()));
            return true;
        }
        List<ProvinceTies.Use> province = uses.stream().filter(ProvinceTies.Use::ofProvince).toList();
        if (province.isEmpty()) {
            return true;
        }
        if (province.stream().noneMatch(ProvinceTies.Use::outright)) {
            ProvinceTies.Use u = province.get(0);
            issues.add(issue(r, u.pattern(), true, Msg.LINT_PROVINCES_TOGETHER, r.name(), u.typeName()));
            return true;
        }
        ProvinceTies.Use[] apart = ProvinceTies.apart(province);
        if (apart != null) {
            issues.add(issue(r, apart[1].pattern(), true, Msg.LINT_CROSSES_PROVINCES, r.name(), apart[0].typeName(),
                    apart[0].pattern().getLine(), apart[1].typeName()));
            return true;
        }
        return false;
    }

    /** False (with a warning) when the rule uses what only one session does: agenda groups, halting, a salience expression. */
    private static boolean oneSessionOnly(ParsedRule r, List<RuleLint.Issue> issues) {
        List<String> what = new ArrayList<>();
        r.descr().getAttributes().keySet().stream().filter(a -> !SAFE_ATTRIBUTES.contains(a)).sorted()
                .forEach(what::add);
        Matcher call = AGENDA_CALL.matcher(r.consequence());
        if (call.find()) {
            what.add(call.group().replace("(", "").strip());
        }
        if (r.descr().getAttributes().containsKey("salience") && salience(r) == null) {
            what.add("salience " + r.descr().getAttributes().get("salience").getValue());
        }
        if (!what.isEmpty()) {
            issues.add(issue(r, null, false, Msg.LINT_ONE_SESSION, r.name(), String.join(", ", what)));
        }
        return what.isEmpty();
    }

    /** A national rule may insert findings and change findings only; false (with an error) otherwise. */
    private static boolean changesOnlyFindings(ParsedRule r, List<ProvinceTies.Use> uses, List<RuleLint.Issue> issues) {
        boolean only = !OTHER_INSERT.matcher(r.consequence()).find();
        for (Matcher m = CHANGE.matcher(r.consequence()); only && m.find(); ) {
            String bound = m.group(1);
            only = uses.stream().anyMatch(u -> u.finding() && bound.equals(u.pattern().getIdentifier()));
        }
        if (!only) {
            issues.add(issue(r, null, true, Msg.LINT_NATIONAL_INSERTS, r.name()));
        }
        return only;
    }

    private static Integer salience(ParsedRule r) {
        AttributeDescr a = r.descr().getAttributes().get("salience");
        if (a == null) {
            return 0;
        }
        try {
            return Integer.valueOf(a.getValue().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static RuleLint.Issue issue(ParsedRule r, PatternDescr at, boolean error, Msg msg, Object... args) {
        Location where = at == null ? r.location()
                : new Location(r.file().shownPath(), at.getLine(), at.getColumn() + 1);
        return new RuleLint.Issue(where, error, r.file().line(where.line()), msg, args);
    }

    /**
     * The fact patterns, nested ones included; "outright" only for those every match holds a fact of. True when the
     * conditions call a query.
     */
    private static boolean walk(BaseDescr d, boolean outright, List<ProvinceTies.Use> out) {
        boolean query = false;
        if (d instanceof PatternDescr p) {
            BaseDescr source = p.getSource();
            if (p.isQuery()) {
                query = true;
            } else if (source instanceof AccumulateDescr acc) {
                query = walk(acc.getInput(), false, out); // the pattern itself is the accumulate's result, not a fact
            } else if (source instanceof CollectDescr c) {
                query = walk(c.getInputPattern(), false, out);
            } else if (!(source instanceof FromDescr)) { // "from $list" matches values, not facts
                String name = ParsedRules.simple(p.getObjectType());
                out.add(new ProvinceTies.Use(p, name, modelClass(name), outright));
            }
        } else if (d instanceof AndDescr and) {
            for (Object c : and.getDescrs()) {
                query |= walk((BaseDescr) c, outright, out);
            }
        } else if (d instanceof ConditionalElementDescr ce) { // not, exists, or, forall: no fact every match holds
            for (Object c : ce.getDescrs()) {
                query |= walk((BaseDescr) c, false, out);
            }
        }
        return query;
    }

    private static Class<?> modelClass(String simpleName) {
        try {
            return Class.forName("dxcheck.model." + simpleName);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
