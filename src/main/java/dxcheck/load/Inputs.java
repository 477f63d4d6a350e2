package dxcheck.load;

import dxcheck.model.AgencyStatus;
import dxcheck.model.InformationSystem;
import dxcheck.model.Plan;
import dxcheck.model.PlanTarget;
import dxcheck.model.PlanTask;
import dxcheck.model.PolicyDocument;
import dxcheck.model.ServiceItem;
import dxcheck.model.Waiver;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything loaded from the input paths, in load order (paths sorted, documents in file order). The facts the
 * reports read have lists of their own; facts of any other type (a newer kind's) are kept in order among the others
 * and reach the rules all the same ({@link #add}).
 */
public final class Inputs {
    public final List<String> files = new ArrayList<>();
    public final List<AgencyStatus> agencies = new ArrayList<>();
    public final List<InformationSystem> systems = new ArrayList<>();
    public final List<ServiceItem> services = new ArrayList<>();
    public final List<Plan> plans = new ArrayList<>();
    public final List<PlanTarget> targets = new ArrayList<>();
    public final List<PlanTask> tasks = new ArrayList<>();
    public final List<Waiver> waivers = new ArrayList<>();
    public final List<PolicyDocument> policies = new ArrayList<>();
    /** Facts of types with no list here, in load order. */
    private final List<Object> others = new ArrayList<>();
    /** Documents handed to the reader of their kind. */
    int documents;

    /** Adds a fact of a type that has no list here (the lists above are added to directly). */
    public void add(Object fact) {
        others.add(fact);
    }

    /** Every fact of a type, in load order. */
    public <T> List<T> all(Class<T> type) {
        List<?> own = own(type);
        return (own != null ? own.stream() : others.stream()).filter(type::isInstance).map(type::cast).toList();
    }

    private List<?> own(Class<?> type) {
        List<List<?>> lists = List.of(agencies, systems, services, plans, targets, tasks, waivers);
        List<Class<?>> types = List.of(AgencyStatus.class, InformationSystem.class, ServiceItem.class, Plan.class,
                PlanTarget.class, PlanTask.class, Waiver.class);
        int i = types.indexOf(type);
        return i < 0 ? null : lists.get(i);
    }

    /** All facts for the rule session, documents before their entries. */
    public List<Object> facts() {
        List<Object> all = new ArrayList<>();
        all.addAll(agencies);
        all.addAll(systems);
        all.addAll(services);
        all.addAll(plans);
        all.addAll(targets);
        all.addAll(tasks);
        all.addAll(waivers);
        all.addAll(others);
        return all;
    }

    /** Every YAML document read, valid or not: what the per-run limit counts. */
    int documentsRead;

    /** Appends what another part of the run loaded (one file), after what is here. */
    void addAll(Inputs other) {
        documentsRead += other.documentsRead;
        documents += other.documents;
        others.addAll(other.others);
        files.addAll(other.files);
        agencies.addAll(other.agencies);
        systems.addAll(other.systems);
        services.addAll(other.services);
        plans.addAll(other.plans);
        targets.addAll(other.targets);
        tasks.addAll(other.tasks);
        waivers.addAll(other.waivers);
        policies.addAll(other.policies);
    }

    /** The documents read, of any kind. */
    public int documentCount() {
        return documents;
    }
}
