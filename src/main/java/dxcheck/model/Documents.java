package dxcheck.model;

/**
 * Electronic documents, in percent: exchanged between agencies electronically, digitally signed, and the share of the
 * agency's work records processed on the network.
 */
public record Documents(Double exchangedElectronicallyPercent, Double digitallySignedPercent,
                        Double workProcessedOnlinePercent) {
}
