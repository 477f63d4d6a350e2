package dxcheck.model;

/** A named person with a position and, in a steering committee, a role. */
public record Person(String name, String position, String role) {
}
