package dxcheck.model;

/** A plan budget: an integer amount in a currency (VND). */
public record Budget(Long amount, String currency) {
}
