package dxcheck.model;

/** A combined vocabulary value that covers another (terms.yaml): industry-energy covers industry and energy. */
public record Covers(String term, String covered) {
}
