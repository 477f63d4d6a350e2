package dxcheck.model;

/** A plan period in years, with an optional vision year. */
public record Period(Integer from, Integer to, Integer visionTo) {
}
