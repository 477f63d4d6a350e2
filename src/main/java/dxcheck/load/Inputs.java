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

/** Everything loaded from the input paths, in load order (paths sorted, documents in file order). */
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
        return all;
    }

    /** Appends what another part of the run loaded (one file), after what is here. */
    /** Every YAML document read, valid or not: what the per-run limit counts. */
    int documentsRead;

    void addAll(Inputs other) {
        documentsRead += other.documentsRead;
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

    public int documentCount() {
        return agencies.size() + plans.size() + waivers.size() + policies.size();
    }
}
