package dxcheck.cli;

import picocli.CommandLine.Option;

/** The options of the commands that check documents: the rules and policy (inherited), the date, the language. */
final class RunOptions extends RulesOptions {
    @Option(names = "--lang", paramLabel = "L", description = "vi | en (default: vi)")
    String lang = "vi";

    @Option(names = "--as-of", paramLabel = "DATE", description = "date for deadlines and waiver expiry (default: today)")
    String asOf;

    @Option(names = "--no-input-policy",
            description = "refuse Policy documents among the inputs (exit 2): thresholds only from --rules and --policy")
    boolean noInputPolicy;
}
