package dxcheck.model;

/** IT / digital-transformation staffing of an agency; a count left out of a reported section is 0. */
public record Staffing(int dedicatedDxStaff, int concurrentDxStaff, int securityStaff, int communityDigitalTeams) {
}
