package dxcheck.run;

import dxcheck.load.ErrorList;
import dxcheck.load.Inputs;
import dxcheck.load.InvalidInputException;
import dxcheck.model.PolicyDocument;
import dxcheck.text.Msg;

/**
 * Policy documents that came with the documents to check (issue 13): a Policy hidden among a submission's files
 * would loosen the thresholds it is judged by. Refused, each at its own location, where the run says so
 * (check/watch/diff --no-input-policy; serve unless started with --allow-upload-policy).
 */
public final class InputPolicies {
    private InputPolicies() {
    }

    /** Fails, naming every Policy document among the inputs, when there is any. */
    public static void refuse(Inputs inputs, String allowedBy) throws InvalidInputException {
        ErrorList errors = new ErrorList();
        for (PolicyDocument p : inputs.policies) {
            errors.add(p.source().locate("kind"), "kind", Msg.INPUT_POLICY_REFUSED, p.id(), allowedBy);
        }
        errors.throwIfAny();
    }
}
