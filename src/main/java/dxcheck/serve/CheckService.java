package dxcheck.serve;

import dxcheck.load.CannotRunException;
import dxcheck.load.InputError;
import dxcheck.load.Inputs;
import dxcheck.load.InvalidInputException;
import dxcheck.load.Loader;
import dxcheck.model.Location;
import dxcheck.model.PolicyDocument;
import dxcheck.report.Report;
import dxcheck.run.CheckOptions;
import dxcheck.run.CheckRunner;
import dxcheck.run.RuleSet;
import dxcheck.run.RuleSets;
import dxcheck.text.Msg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One check of documents that came in a request: loaded from their bytes only (no document can make the server
 * read a file), then checked as the command line checks ({@link CheckRunner}: the same refusal of Policy documents
 * among the inputs, the same policy layers). What is the server's own: a request must hold documents, and its policy
 * field is refused unless the server allows uploaded policies.
 */
final class CheckService {
    private CheckService() {
    }

    /** docs and policies by the name to show (already made safe and unique), in the order sent. */
    static Report check(RuleSet rules, LinkedHashMap<String, byte[]> docs, LinkedHashMap<String, byte[]> policies,
                        CheckOptions options) throws CannotRunException {
        if (docs.isEmpty()) {
            throw new InvalidInputException(new InputError(null, "", Msg.HTTP_NO_DOCUMENTS));
        }
        if (options.inputPolicy().refused() && !policies.isEmpty()) {
            String first = policies.keySet().iterator().next();
            throw new InvalidInputException(new InputError(new Location(first, 1, 1), "", Msg.UPLOAD_POLICY_REFUSED));
        }
        Inputs inputs = Loader.loadBytes(docs);
        if (inputs.documentCount() == 0) {
            String first = docs.keySet().iterator().next();
            throw new InvalidInputException(new InputError(new Location(first, 1, 1), "", Msg.HTTP_NO_DOCUMENTS));
        }
        List<PolicyDocument> brought = new ArrayList<>();
        for (Map.Entry<String, byte[]> p : policies.entrySet()) {
            brought.addAll(RuleSets.onlyPolicies(Loader.loadBytes(Map.of(p.getKey(), p.getValue())), p.getKey(),
                    PolicyDocument.Origin.INPUT));
        }
        return CheckRunner.run(rules, inputs, brought, options);
    }
}
