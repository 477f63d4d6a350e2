package dxcheck.model;

/** Infrastructure of an agency; coverage figures belong on a jurisdiction's people's committee. */
public record Infrastructure(Boolean portal, Boolean videoConferenceEndpoint, Boolean fiberToCenter,
                             Double broadbandCoveragePercent, Double mobileCoveragePercent) {
}
