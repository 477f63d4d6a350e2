package dxcheck.model;

/** Connections to shared platforms. */
public record Integration(Boolean lgspConnected, Boolean nationalPublicServicePortalConnected,
                          Boolean nationalPopulationDatabaseConnected) {
}
