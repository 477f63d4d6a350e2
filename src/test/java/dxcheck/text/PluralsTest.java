package dxcheck.text;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** English counts agree with their nouns ("1 warning", "14 errors"); Vietnamese templates are left as written. */
class PluralsTest {

    @Test
    void aNounAfterOneIsSingularAfterAnyOtherCountPlural() {
        assertEquals("1 error, 14 warnings, 0 info, 0 waived; 1 subject, 2 rules",
                Msg.SUMMARY.format(Lang.EN, 1, 14, 0, 0, 1, 2));
        assertEquals("0 errors, 1 warning, 1 info, 1 waived; 3 subjects, 1 rule",
                Msg.SUMMARY.format(Lang.EN, 0, 1, 1, 1, 3, 1));
        assertEquals("lint: 1 rule, 0 errors, 1 warning", Msg.LINT_SUMMARY.format(Lang.EN, 1, 0, 1));
        assertEquals("... and 1 more error (only the first 100 are shown)", Msg.MORE_ERRORS.format(Lang.EN, 1, 100));
        assertEquals("lint: 1 quy tắc, 0 lỗi, 1 cảnh báo", Msg.LINT_SUMMARY.format(Lang.VI, 1, 0, 1));
    }

    @Test
    void aMarkerCanNameBothFormsAndFollowAnExplicitArgument() {
        assertEquals("The 1 agency with the lowest share passed; the full table is in the appendix.",
                Msg.REPORT_SCORE_LOWEST.format(Lang.EN, 1));
        assertEquals("10 agencies", format("%d agenc{y|ies}", 10));
        assertEquals("3 files, 1 document", format("%2$d file{s}, %1$d document{s}", 1, 3));
        assertEquals("50% of 1 rule", format("%d%% of %d rule{s}", 50, 1));
        assertEquals("{s} and {x} stay: 2", format("{s} and {x} stay: %d", 2));
    }

    /** Every English template with a count before a countable noun marks the noun, so no "1 warnings" can come back. */
    @Test
    void noEnglishTemplateLeavesACountedNounUnmarked() {
        Pattern counted = Pattern.compile("%(\\d\\$)?d (more )?(byte|file|document|error|warning|rule|subject|fact|"
                + "agenc|level|time|character|case|finding|plan|firing)[a-z]*\\b(?!\\{)(?! firing)");
        String unmarked = Arrays.stream(Msg.values())
                .filter(m -> counted.matcher(m.template(Lang.EN)).find())
                .map(Msg::name).sorted().reduce("", (a, b) -> a + " " + b).trim();
        assertEquals("", unmarked);
        assertTrue(Msg.SUMMARY.template(Lang.EN).contains("error{s}"));
    }

    private static String format(String template, Object... args) {
        return String.format(java.util.Locale.ROOT, Plurals.resolve(template, args), args);
    }
}
