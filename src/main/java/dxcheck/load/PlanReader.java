package dxcheck.load;

import dxcheck.model.Budget;
import dxcheck.model.Period;
import dxcheck.model.Person;
import dxcheck.model.Plan;
import dxcheck.model.PlanTarget;
import dxcheck.model.PlanTask;
import dxcheck.model.SteeringCommittee;
import dxcheck.model.Vocabulary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** kind: Plan → a Plan fact, one PlanTarget per target and one PlanTask per task. */
final class PlanReader implements KindReader {
    private static final long MAX_YEAR = 2200;

    private final Inputs out;
    private final ErrorList errors;

    PlanReader(Inputs out, ErrorList errors) {
        this.out = out;
        this.errors = errors;
    }

    @Override
    public void read(YamlMap doc, YamlMap md, YamlMap spec) {
        String id = md.id("id", true);
        String jurisdiction = md.id("jurisdiction", true);
        String title = md.text("title", false);
        String status = md.oneOf("status", false, Vocabulary.PLAN_STATUSES);
        String adoptedBy = md.text("adoptedBy", false);
        LocalDate adoptedOn = md.date("adoptedOn", false);
        md.done();
        Period period = period(spec.map("period", false));
        Budget budget = budget(spec.map("budget", false));
        List<String> pillars = spec.oneOfEach("pillars", Vocabulary.PILLARS);
        List<String> sectors = spec.ids("prioritySectors");
        SteeringCommittee committee = committee(spec.map("steeringCommittee", false));
        Boolean headsAccountable = spec.flag("headsAccountable");
        Boolean securityCommitment = spec.flag("securityCommitment");
        Ids targetKeys = new Ids(errors);
        for (YamlMap t : spec.entries("targets")) {
            PlanTarget target = target(t, id, jurisdiction);
            if (target != null && targetKeys.claim(target.indicator() + "@" + target.year(), t.location(),
                    t.pathOf("indicator"))) {
                out.targets.add(target);
            }
        }
        Ids taskIds = new Ids(errors);
        for (YamlMap t : spec.entries("tasks")) {
            PlanTask task = task(t, id, jurisdiction);
            if (taskIds.claim(task.id(), t.locationOf("id"), t.pathOf("id"))) {
                out.tasks.add(task);
            }
        }
        spec.done();
        out.plans.add(new Plan(id, jurisdiction, title, status == null ? "draft" : status, adoptedBy, adoptedOn,
                period, budget, List.copyOf(pillars), List.copyOf(sectors), committee, headsAccountable,
                securityCommitment, doc.source()));
    }

    private static Period period(YamlMap m) {
        if (m == null) {
            return null;
        }
        Period p = new Period(year(m, "from", false), year(m, "to", false), year(m, "visionTo", false));
        m.done();
        return p;
    }

    private static Integer year(YamlMap m, String key, boolean required) {
        Long y = m.integer(key, required, 1900, MAX_YEAR);
        return y == null ? null : y.intValue();
    }

    private static Budget budget(YamlMap m) {
        if (m == null) {
            return null;
        }
        Budget b = new Budget(m.integer("amount", false, Long.MIN_VALUE, Long.MAX_VALUE),
                m.oneOf("currency", false, List.of("VND")));
        m.done();
        return b;
    }

    private static SteeringCommittee committee(YamlMap m) {
        if (m == null) {
            return null;
        }
        YamlMap headMap = m.map("head", false);
        Person head = person(headMap);
        List<Person> members = new ArrayList<>();
        for (YamlMap member : m.nested("members")) {
            members.add(person(member));
        }
        m.done();
        return new SteeringCommittee(head, List.copyOf(members));
    }

    private static Person person(YamlMap m) {
        if (m == null) {
            return null;
        }
        Person p = new Person(m.text("name", false), m.text("position", false),
                m.oneOf("role", false, Vocabulary.STEERING_ROLES));
        m.done();
        return p;
    }

    private static PlanTarget target(YamlMap m, String planId, String jurisdiction) {
        String indicator = m.oneOf("indicator", true, Vocabulary.INDICATORS);
        Integer year = year(m, "year", true);
        Double value = m.percent("value", true);
        m.done();
        if (indicator == null || year == null || value == null) {
            return null;
        }
        return new PlanTarget(planId, jurisdiction, indicator, year, value, m.source());
    }

    private static PlanTask task(YamlMap m, String planId, String jurisdiction) {
        PlanTask t = new PlanTask(planId, jurisdiction, m.id("id", true), m.text("title", false), m.id("owner", false),
                m.date("deadline", false), m.oneOf("pillar", false, Vocabulary.PILLARS), m.source());
        m.done();
        return t;
    }
}
