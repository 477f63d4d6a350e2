package dxcheck.load.xlsx;

/**
 * One cell with a value, as the workbook stores it. row and column are 1-based (A = 1). value is the text, the
 * number in plain decimal notation (a percent-formatted 0.8 is 80), "true"/"false", the ISO date (with the time when
 * it has one), or the error code (#N/A).
 */
record Cell(int row, int column, Kind kind, String value) {
    enum Kind { TEXT, NUMBER, BOOLEAN, DATE, ERROR, NO_VALUE }
}
