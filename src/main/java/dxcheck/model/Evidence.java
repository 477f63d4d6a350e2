package dxcheck.model;

/**
 * One thing a rule matched when it made a finding, as Drools reports it: a bound variable or a matched fact, in
 * domain words (the fact's kind and id, a policy key and its value), with where it was written.
 */
public record Evidence(String name, String kind, String value, Location location) {
}
