package dxcheck.cli;

import picocli.CommandLine.Command;

/** dxcheck rules …: tools for rule authors. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Công cụ cho người viết quy tắc / Tools for rule authors.",
        subcommands = {RulesLintCommand.class, RulesTestCommand.class, RulesListCommand.class,
                RulesDocsCommand.class})
final class RulesCommand {
}
