package dxcheck.cli;

import dxcheck.diff.DiffReport;
import dxcheck.model.FailOn;
import dxcheck.report.Reporters;
import dxcheck.run.OptionValues;
import dxcheck.text.Lang;
import dxcheck.text.Msg;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.util.List;

/**
 * picocli's converters for the options every command shares, each calling the one parser of {@link OptionValues}
 * (which the HTTP API calls too); a value an option does not take is said as "option --lang: 'x' (vi | en)", in the
 * language of --lang when it came first on the command line.
 */
final class OptionConverters {
    private OptionConverters() {
    }

    /** A value an option does not take, with what it takes. */
    static final class BadValue extends TypeConversionException {
        private final String expected;

        BadValue(OptionValues.Bad bad) {
            super(bad.expected());
            this.expected = bad.expected();
        }
    }

    /** What a conversion that failed says, or null when the failure was not a value of ours. */
    static String message(CommandLine.ParameterException ex) {
        if (!(ex.getCause() instanceof BadValue bad)) {
            return null;
        }
        String option = ex.getArgSpec() instanceof OptionSpec o ? o.longestName() : ex.getArgSpec().paramLabel();
        return Msg.BAD_OPTION.format(Main.lang(ex.getCommandLine()), option, bad.expected);
    }

    /** A converter that calls one parser of {@link OptionValues}. */
    private abstract static class Via<T> implements ITypeConverter<T> {
        private final OptionValues.Parser<T> parser;

        Via(OptionValues.Parser<T> parser) {
            this.parser = parser;
        }

        @Override
        public T convert(String s) {
            try {
                return parser.parse(s);
            } catch (OptionValues.Bad e) {
                throw new BadValue(e);
            }
        }
    }

    static final class LangValue extends Via<Lang> {
        LangValue() {
            super(OptionValues::lang);
        }
    }

    static final class AsOfValue extends Via<LocalDate> {
        AsOfValue() {
            super(OptionValues::asOf);
        }
    }

    static final class FailOnValue extends Via<FailOn> {
        FailOnValue() {
            super(OptionValues::failOn);
        }
    }

    /** A report format of check: text, json, sarif, junit, csv, html, xlsx. */
    static final class ReportFormat extends Via<String> {
        ReportFormat() {
            super(v -> OptionValues.format(v, Reporters.NAMES));
        }
    }

    /** A format of diff: text or json. */
    static final class DiffFormat extends Via<String> {
        DiffFormat() {
            super(v -> OptionValues.format(v, DiffReport.FORMATS));
        }
    }

    /** A format of the rule catalogue: md or html. */
    static final class DocsFormat extends Via<String> {
        DocsFormat() {
            super(v -> OptionValues.format(v, List.of("md", "html")));
        }
    }
}
