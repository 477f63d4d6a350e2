package dxcheck.model;

/** Electronic document exchange and signing, in percent. */
public record Documents(Double exchangedElectronicallyPercent, Double digitallySignedPercent) {
}
