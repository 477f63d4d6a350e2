package dxcheck.run;

import dxcheck.engine.RuleBase;
import dxcheck.engine.RuleSources;
import dxcheck.model.PolicyDocument;

import java.util.List;

/**
 * One consistent set of rules to check with, all made of the same bytes read once: the compiled rules, the rules
 * folder's policy.yaml (the base every other policy layers on), the --policy files over it, the sources they were
 * built from (for lint, docs and the rule cases) and the version — the hash {@code --version} and serve's /health
 * show.
 */
public record RuleSet(RuleBase rules, PolicyDocument basePolicy, List<PolicyDocument> optionPolicies, String version,
                      RuleSources sources) {
}
