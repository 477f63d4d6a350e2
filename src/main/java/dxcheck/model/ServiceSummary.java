package dxcheck.model;

/** Summary figures of an agency's online public services; any figure may be unreported (null). */
public record ServiceSummary(Integer total, Integer fullProcessEligible, Integer fullProcess, Integer partial,
                             Long dossiersTotal, Long dossiersOnline) {
}
