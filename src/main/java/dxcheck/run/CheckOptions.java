package dxcheck.run;

import dxcheck.model.FailOn;
import dxcheck.text.Lang;

import java.time.LocalDate;

/**
 * How a check is made and judged, parsed once ({@link OptionValues}): from the command line (picocli's converters)
 * or from an HTTP request's parameters. asOf is the day deadlines, waivers and the law in force are judged at;
 * failOn decides the exit code (and JUnit's failures); explain shows what each rule matched; inputPolicy says
 * whether Policy documents among the inputs may set thresholds.
 */
public record CheckOptions(Lang lang, LocalDate asOf, FailOn failOn, boolean explain, InputPolicy inputPolicy) {
    /** Vietnamese, today, failing on errors, Policy documents among the inputs allowed. */
    public static CheckOptions defaults() {
        return new CheckOptions(Lang.VI, LocalDate.now(), FailOn.ERROR, false, InputPolicy.ALLOWED);
    }

    public static CheckOptions at(LocalDate asOf) {
        return defaults().withAsOf(asOf);
    }

    public CheckOptions withAsOf(LocalDate day) {
        return new CheckOptions(lang, day, failOn, explain, inputPolicy);
    }

    public CheckOptions withLang(Lang l) {
        return new CheckOptions(l, asOf, failOn, explain, inputPolicy);
    }

    public CheckOptions withInputPolicy(InputPolicy p) {
        return new CheckOptions(lang, asOf, failOn, explain, p);
    }
}
