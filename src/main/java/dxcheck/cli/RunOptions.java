package dxcheck.cli;

import dxcheck.model.FailOn;
import dxcheck.run.CheckOptions;
import dxcheck.run.InputPolicy;
import dxcheck.text.Lang;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/** The options of the commands that check documents: the rules and policy (inherited), the date, the language. */
final class RunOptions extends RulesOptions {
    static final String NO_INPUT_POLICY = "--no-input-policy";

    @Option(names = "--lang", paramLabel = "L", converter = OptionConverters.LangValue.class,
            description = "vi | en (default: vi)")
    Lang lang = Lang.VI;

    @Option(names = "--as-of", paramLabel = "DATE", converter = OptionConverters.AsOfValue.class,
            description = "date for deadlines and waiver expiry (default: today)")
    LocalDate asOf;

    @Option(names = NO_INPUT_POLICY,
            description = "refuse Policy documents among the inputs (exit 2): thresholds only from --rules and --policy")
    boolean noInputPolicy;

    /** The options of a check, judged at failOn. */
    CheckOptions check(FailOn failOn, boolean explain) {
        return new CheckOptions(lang, asOf != null ? asOf : LocalDate.now(), failOn, explain,
                noInputPolicy ? InputPolicy.refusedBy(NO_INPUT_POLICY) : InputPolicy.ALLOWED);
    }
}
