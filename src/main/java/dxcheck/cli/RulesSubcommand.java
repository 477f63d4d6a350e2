package dxcheck.cli;

import dxcheck.load.CannotRunException;
import dxcheck.run.RuleSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What the rules commands share: the rules options as check takes them (inherited: a mixin per command would cost
 * each command line's model building), and the process's rule-set provider.
 */
abstract class RulesSubcommand extends RulesOptions {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RulesCommand parent;

    /** The rule set the options name, from the process's provider. */
    RuleSet ruleSet() throws CannotRunException {
        return parent.main.ruleSets().load(request());
    }
}
