package dxcheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** dxcheck rules …: tools for rule authors, with the rules (--rules, --kbase, --policy, the cache) as check takes them. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Công cụ cho người viết quy tắc / Tools for rule authors.",
        subcommands = {RulesLintCommand.class, RulesTestCommand.class, RulesListCommand.class,
                RulesDocsCommand.class})
final class RulesCommand {
    @ParentCommand
    Main main;
}
