package dxcheck.run;

import dxcheck.cli.Version;
import dxcheck.engine.Checker;
import dxcheck.engine.RuleBase;
import dxcheck.load.InputError;
import dxcheck.load.Inputs;
import dxcheck.load.InvalidInputException;
import dxcheck.load.Loader;
import dxcheck.load.PolicyLayers;
import dxcheck.model.Finding;
import dxcheck.model.Location;
import dxcheck.model.Policy;
import dxcheck.model.PolicyDocument;
import dxcheck.report.Report;
import dxcheck.report.Scorecard;
import dxcheck.text.Msg;

import java.io.InputStream;
import java.util.List;

/** Wires one check: load inputs and policies, build the rule base, run it, and describe the result. */
public final class CheckRunner {
    private CheckRunner() {
    }

    public static Report run(CheckRequest request, InputStream stdin) throws InvalidInputException {
        return run(request, stdin, Progress.NONE);
    }

    public static Report run(CheckRequest request, InputStream stdin, Progress progress) throws InvalidInputException {
        try {
            Timing t = Timing.start();
            Inputs inputs = Loader.load(request.paths(), stdin, progress);
            refuseInputPolicies(request, inputs);
            t.lap("load " + inputs.facts().size() + " facts");
            Policy policy = policy(request, inputs);
            t.lap("policy");
            RuleBase rules = RuleBase.build(request.rulesDir(), request.kbase());
            t.lap("rules");
            progress.running(inputs.facts().size());
            Report report = run(inputs, policy, rules, request.asOf());
            t.lap("evaluate");
            return report;
        } finally {
            progress.done();
        }
    }

    /**
     * A check with rules already built and their base policy (e.g. the last good ones while a rule being edited
     * does not compile); the request's rules folder is not read again.
     */
    public static Report run(CheckRequest request, RulesFolder rules) throws InvalidInputException {
        Inputs inputs = Loader.load(request.paths(), InputStream.nullInputStream());
        refuseInputPolicies(request, inputs);
        Policy policy = PolicyLayers.merge(rules.basePolicy(), policyDocuments(request.policyFiles()), inputs,
                request.asOf());
        return run(inputs, policy, rules.rules(), request.asOf());
    }

    /**
     * A check of inputs already loaded (e.g. from the bytes of an HTTP request) with a rule base already built, under
     * the base policy and the overrides (see {@link PolicyLayers#merge}).
     */
    public static Report run(Inputs inputs, PolicyDocument basePolicy, List<PolicyDocument> overrides, RuleBase rules,
                             java.time.LocalDate asOf) throws InvalidInputException {
        return run(inputs, PolicyLayers.merge(basePolicy, overrides, inputs, asOf), rules, asOf);
    }

    private static Report run(Inputs inputs, Policy policy, RuleBase rules, java.time.LocalDate asOf)
            throws InvalidInputException {
        List<Finding> findings = Checker.run(rules, inputs, policy, asOf);
        return new Report(Version.get(), asOf, inputs.files.stream().sorted().toList(), policy.layers(), findings,
                rules.rules(), waivers(inputs),
                Scorecard.of(inputs, rules.rules().values(), findings), false, rules.knowledge().terms());
    }

    private static java.util.Map<String, dxcheck.model.Waiver> waivers(Inputs inputs) {
        java.util.Map<String, dxcheck.model.Waiver> byId = new java.util.TreeMap<>();
        inputs.waivers.forEach(w -> byId.put(w.id(), w));
        return byId;
    }

    private static void refuseInputPolicies(CheckRequest request, Inputs inputs) throws InvalidInputException {
        if (request.noInputPolicy()) {
            InputPolicies.refuse(inputs, "--no-input-policy");
        }
    }

    /** The base policy of the rules folder, then --policy files, then Policy documents among the inputs. */
    static Policy policy(CheckRequest request, Inputs inputs) throws InvalidInputException {
        PolicyDocument base = RulesFolder.basePolicy(request.rulesDir());
        return PolicyLayers.merge(base, policyDocuments(request.policyFiles()), inputs, request.asOf());
    }

    /** Policy files named on the command line (of check, watch or serve): only Policy documents allowed. */
    public static List<PolicyDocument> policyDocuments(List<String> files) throws InvalidInputException {
        if (files.isEmpty()) {
            return List.of();
        }
        return onlyPolicies(Loader.load(files, InputStream.nullInputStream()), String.join(", ", files),
                PolicyDocument.Origin.OPTION);
    }

    /**
     * The Policy documents of a policy file (or upload), which must hold nothing else and at least one; origin says
     * whether they are the operator's (--policy) or came with the inputs (an upload), which national floors bind.
     */
    public static List<PolicyDocument> onlyPolicies(Inputs loaded, String file, PolicyDocument.Origin origin)
            throws InvalidInputException {
        if (loaded.documentCount() == 0 || loaded.documentCount() != loaded.policies.size()) {
            throw new InvalidInputException(new InputError(new Location(file, 1, 1), "", Msg.ONLY_POLICY));
        }
        return loaded.policies.stream().map(p -> p.withOrigin(origin)).toList();
    }
}
