package dxcheck.model;

import java.util.List;

/** A plan's steering committee (Ban chỉ đạo). */
public record SteeringCommittee(Person head, List<Person> members) {
}
