package dxcheck.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A cell a spreadsheet would run as a formula is quoted as text, also behind a leading tab or carriage return. */
class CsvFormulaGuardTest {
    @Test
    void formulaStartsAreTurnedIntoText() {
        assertEquals("\"'=1+1\"", CsvReporter.quote("=1+1"));
        assertEquals("\"'@SUM(A1)\"", CsvReporter.quote("@SUM(A1)"));
        assertEquals("\"'\t=cmd|' /C calc'!A0\"", CsvReporter.quote("\t=cmd|' /C calc'!A0"), "a leading tab");
        assertEquals("\"'\r=1+1\"", CsvReporter.quote("\r=1+1"), "a leading carriage return");
        assertEquals("plain", CsvReporter.quote("plain"));
        assertEquals("\"a,b\"", CsvReporter.quote("a,b"));
    }
}
