package dxcheck.run;

import dxcheck.engine.Checker;
import dxcheck.engine.RuleBase;
import dxcheck.engine.ToolVersion;
import dxcheck.load.CannotRunException;
import dxcheck.load.ErrorList;
import dxcheck.load.Inputs;
import dxcheck.load.Loader;
import dxcheck.load.PolicyLayers;
import dxcheck.model.Finding;
import dxcheck.model.Policy;
import dxcheck.model.PolicyDocument;
import dxcheck.model.Waiver;
import dxcheck.report.Report;
import dxcheck.report.Scorecard;
import dxcheck.text.Msg;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One check, the same for every way in (check, diff, watch, serve): load the documents, refuse the Policy documents
 * among them when the options say so, layer the policies (the rules folder's, --policy, then those that came with
 * the documents), run the rules, and describe the result as a {@link Report}.
 */
public final class CheckRunner {
    private CheckRunner() {
    }

    /** Where a check gets its rules once its documents are read (from the provider, or the live set). */
    public interface Rules {
        RuleSet get() throws CannotRunException;
    }

    /**
     * A check of the documents a request names (files, folders, "-" for standard input). The documents are read
     * first: documents that cannot be read stop the run before any rule is read or built.
     */
    public static Report run(Rules rules, CheckRequest request, InputStream stdin, Progress progress)
            throws CannotRunException {
        try {
            Timing t = Timing.start();
            Inputs inputs = Loader.load(request.paths(), stdin, progress);
            t.lap("load " + inputs.facts().size() + " facts");
            RuleSet set = rules.get();
            t.lap("rules");
            progress.running(inputs.facts().size());
            Report report = run(set, inputs, List.of(), request.options());
            t.lap("evaluate");
            return report;
        } finally {
            progress.done();
        }
    }

    /**
     * A check of documents already loaded (e.g. from the bytes of an HTTP request); brought are Policy documents that
     * came with them apart (an upload's policy field), layered after the --policy files like those among the inputs.
     */
    public static Report run(RuleSet rules, Inputs inputs, List<PolicyDocument> brought, CheckOptions o)
            throws CannotRunException {
        if (o.inputPolicy().refused()) {
            refuseInputPolicies(inputs, o.inputPolicy().allowedBy());
        }
        List<PolicyDocument> overrides = new ArrayList<>(rules.optionPolicies());
        overrides.addAll(brought);
        Policy policy = PolicyLayers.merge(rules.basePolicy(), overrides, inputs, o.asOf());
        RuleBase base = rules.rules();
        List<Finding> findings = Checker.run(base, inputs, policy, o.asOf());
        return new Report(ToolVersion.get(), o.asOf(), inputs.files.stream().sorted().toList(), policy.layers(),
                findings, base.rules(), waivers(inputs), Scorecard.of(inputs, base.rules().values(), findings,
                base.knowledge().families()), o.explain(), base.knowledge());
    }

    private static Map<String, Waiver> waivers(Inputs inputs) {
        Map<String, Waiver> byId = new TreeMap<>();
        inputs.waivers.forEach(w -> byId.put(w.id(), w));
        return byId;
    }

    /** Fails, naming every Policy document among the inputs, when there is any. */
    private static void refuseInputPolicies(Inputs inputs, String allowedBy) throws CannotRunException {
        ErrorList errors = new ErrorList();
        for (PolicyDocument p : inputs.policies) {
            errors.add(p.source().locate("kind"), "kind", Msg.INPUT_POLICY_REFUSED, p.id(), allowedBy);
        }
        errors.throwIfAny();
    }
}
